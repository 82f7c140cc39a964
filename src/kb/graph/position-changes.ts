// Position changes: where a party's stance on an issue in one article differs from its stance in an earlier
// article of another date, the change with both quotes, stances, articles, paragraphs and dates (a "flip"
// made from the articles). Built once per build as maps by issue and by party; pages look them up.
import type { ArticleRecord } from '../content/content-model.ts';
import type { EntityKey, Stance } from '../types.ts';

/** A position as the graph holds it: which article and paragraph report it. */
export interface ArticlePosition {
  party: EntityKey;
  issue: EntityKey;
  stance: Stance;
  quote: string;
  article: string;
  paragraph: number;
}

export interface DatedPosition extends ArticlePosition {
  /** Publication date of its article, YYYY-MM-DD. */
  published: string;
}

export interface PositionChange {
  party: EntityKey;
  issue: EntityKey;
  /** The stance before: the party's last position on the issue in an article of an earlier date. */
  from: DatedPosition;
  to: DatedPosition;
}

export interface PositionChanges {
  /** Every change, newest first. */
  all: PositionChange[];
  /** issue → its changes, newest first. */
  on: Map<EntityKey, PositionChange[]>;
  /** party → its changes, newest first. */
  by: Map<EntityKey, PositionChange[]>;
  /** "<party>\t<issue>" of every pair that changed: a table marks those cells. */
  changed: Set<string>;
}

export function changeKey(party: EntityKey, issue: EntityKey): string {
  return `${party}\t${issue}`;
}

function push(map: Map<EntityKey, PositionChange[]>, key: EntityKey, change: PositionChange): void {
  const list = map.get(key);
  if (list) list.push(change);
  else map.set(key, [change]);
}

function inOrder(a: DatedPosition, b: DatedPosition): number {
  return a.published.localeCompare(b.published) || a.article.localeCompare(b.article) || a.paragraph - b.paragraph;
}

/**
 * The changes among `positionsOn` (issue → positions on it). Positions of retracted articles and of articles
 * not in `articleBySlug` count for nothing. Within one day's articles a party's stances are read in order
 * and never count as a change: news of one day reports one state of the talks.
 */
export function positionChanges(positionsOn: Map<EntityKey, ArticlePosition[]>, articleBySlug: Map<string, ArticleRecord>): PositionChanges {
  const all: PositionChange[] = [];
  for (const positions of positionsOn.values()) {
    const byParty = new Map<EntityKey, DatedPosition[]>();
    for (const position of positions) {
      const article = articleBySlug.get(position.article);
      if (!article || article.data.retracted) continue;
      const dated: DatedPosition = { ...position, published: article.published };
      const list = byParty.get(position.party) ?? [];
      list.push(dated);
      byParty.set(position.party, list);
    }
    for (const list of byParty.values()) {
      list.sort(inOrder);
      for (let i = 1; i < list.length; i++) {
        const [before, after] = [list[i - 1]!, list[i]!];
        if (before.published !== after.published && before.stance !== after.stance) all.push({ party: after.party, issue: after.issue, from: before, to: after });
      }
    }
  }
  all.sort((a, b) => inOrder(b.to, a.to));
  const on = new Map<EntityKey, PositionChange[]>();
  const by = new Map<EntityKey, PositionChange[]>();
  const changed = new Set<string>();
  for (const change of all) {
    push(on, change.issue, change);
    push(by, change.party, change);
    changed.add(changeKey(change.party, change.issue));
  }
  return { all, on, by, changed };
}
