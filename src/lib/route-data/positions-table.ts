// One page of an entity's positions table, newest first: on an issue page the parties' positions on it,
// on any other page the positions it takes; each row with its party or issue, its article and the outlets
// reporting the same claim.
import type { Graph, PositionRef } from '../../kb/graph/build-graph.ts';
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import type { EntityKey } from '../../kb/types.ts';
import { POSITIONS } from '../bounds.ts';
import { pageCount, pageRange } from '../paging.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';
import { coverageOf, type Coverage } from '../coverage.ts';

export type PositionsColumn = 'party' | 'issue';

export interface PositionsTableData {
  /** The entity whose page this is. */
  owner: EntityKey;
  /** Which entity the first column shows: the party (on an issue page) or the issue (on a party page). */
  column: PositionsColumn;
  /** 1-based page of rows shown. */
  page: number;
  pages: number;
  /** Rows in the whole table. */
  total: number;
  /** Each row with the outlets reporting the same party, stance and issue. */
  rows: { position: PositionRef; entity: EntityRef; article: ArticleRecord; coverage: Coverage }[];
}

/** The positions the table of `column` lists for `owner`: the parties' on it, or its own on issues. */
export function positionsOf(graph: Graph, owner: EntityKey, column: PositionsColumn): PositionRef[] {
  return (column === 'party' ? graph.positionsOn.get(owner) : graph.positionsBy.get(owner)) ?? [];
}

const sameClaim = (position: PositionRef) => `${position.party}\t${position.stance}\t${position.issue}`;

export function positionsTable(graph: Graph, owner: EntityKey, column: PositionsColumn, page = 1): PositionsTableData {
  const sorted = [...positionsOf(graph, owner, column)].sort((a, b) => {
    const pa = graph.articleBySlug.get(a.article)?.published ?? '';
    const pb = graph.articleBySlug.get(b.article)?.published ?? '';
    return pb.localeCompare(pa) || a.paragraph - b.paragraph;
  });
  // Which articles report each claim (party, stance, issue): one pass over the table's own positions.
  const reports = new Map<string, string[]>();
  for (const position of sorted) {
    const list = reports.get(sameClaim(position)) ?? [];
    list.push(position.article);
    reports.set(sameClaim(position), list);
  }
  return {
    owner,
    column,
    page,
    pages: pageCount(sorted.length, POSITIONS),
    total: sorted.length,
    rows: sorted.slice(...pageRange(page, POSITIONS)).map((position) => ({
      position,
      entity: entityRef(graph, position[column]),
      article: graph.articleBySlug.get(position.article)!,
      coverage: coverageOf(graph, reports.get(sameClaim(position)) ?? []),
    })),
  };
}
