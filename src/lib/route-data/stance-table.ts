// "Who wants what": the main parties against the main issues, each cell the party's latest stance on the
// issue with the paragraph it comes from, the outlets that reported that stance, and whether the party's
// stance changed. Main: the parties taking positions on the most issues, the issues most parties take a
// position on. Built from the positions once for the page that shows it (home, /issues/), optionally
// narrowed to a story's articles.
import type { Graph, PositionRef } from '../../kb/graph/build-graph.ts';
import { changeKey } from '../../kb/graph/position-changes.ts';
import type { EntityKey, Stance } from '../../kb/types.ts';
import { coverageOf, type Coverage } from '../coverage.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';

export interface StanceCell {
  stance: Stance;
  article: string;
  paragraph: number;
  published: string;
  /** The party's stance on this issue differs between articles of different dates. */
  changed: boolean;
  /** Outlets reporting this party with this stance on this issue. */
  coverage: Coverage;
}

export interface StanceTableData {
  parties: EntityRef[];
  issues: EntityRef[];
  /** rows[i][j]: parties[i] on issues[j]; undefined where no article gives a stance. */
  rows: (StanceCell | undefined)[][];
  /** How many parties and issues have positions at all (the table may show fewer). */
  totalParties: number;
  totalIssues: number;
}

interface Pair {
  latest: PositionRef & { published: string };
  /** Stance → articles reporting it. */
  reports: Map<Stance, string[]>;
}

export function stanceTable(graph: Graph, limits: { parties?: number; issues?: number; articles?: Set<string> } = {}): StanceTableData {
  const pairs = new Map<string, Pair>();
  const issuesOf = new Map<EntityKey, Set<EntityKey>>();
  const partiesOn = new Map<EntityKey, Set<EntityKey>>();
  for (const [issue, positions] of graph.positionsOn) {
    for (const position of positions) {
      const article = graph.articleBySlug.get(position.article);
      if (!article || article.data.retracted || (limits.articles && !limits.articles.has(position.article))) continue;
      const key = changeKey(position.party, issue);
      const dated = { ...position, published: article.published };
      const pair = pairs.get(key);
      if (!pair) pairs.set(key, { latest: dated, reports: new Map([[position.stance, [position.article]]]) });
      else {
        const later = dated.published.localeCompare(pair.latest.published) || dated.article.localeCompare(pair.latest.article) || dated.paragraph - pair.latest.paragraph;
        if (later > 0) pair.latest = dated;
        const reports = pair.reports.get(position.stance);
        if (reports) reports.push(position.article);
        else pair.reports.set(position.stance, [position.article]);
      }
      issuesOf.set(position.party, (issuesOf.get(position.party) ?? new Set()).add(issue));
      partiesOn.set(issue, (partiesOn.get(issue) ?? new Set()).add(position.party));
    }
  }
  const mentions = (key: EntityKey) => graph.mentionsOf.get(key)?.length ?? 0;
  const rank = (sets: Map<EntityKey, Set<EntityKey>>) =>
    [...sets.keys()].sort((a, b) => sets.get(b)!.size - sets.get(a)!.size || mentions(b) - mentions(a) || a.localeCompare(b));
  const parties = rank(issuesOf).slice(0, limits.parties);
  const issues = rank(partiesOn).slice(0, limits.issues);
  const rows = parties.map((party) =>
    issues.map((issue): StanceCell | undefined => {
      const pair = pairs.get(changeKey(party, issue));
      if (!pair) return undefined;
      const { stance, article, paragraph, published } = pair.latest;
      return { stance, article, paragraph, published, changed: graph.changes.changed.has(changeKey(party, issue)), coverage: coverageOf(graph, pair.reports.get(stance) ?? []) };
    }),
  );
  return {
    parties: parties.map((key) => entityRef(graph, key)),
    issues: issues.map((key) => entityRef(graph, key)),
    rows,
    totalParties: issuesOf.size,
    totalIssues: partiesOn.size,
  };
}
