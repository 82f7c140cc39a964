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

/** An entity's whole table, sorted, with the coverage of each claim: the same for every page of it. */
interface SortedTable {
  sorted: PositionRef[];
  coverage: Map<string, Coverage>;
}

/**
 * Each table is sorted and its claims' coverage counted once per build, not once per page: a hub's table runs
 * to thousands of rows over tens of pages, and each page sorting all of them grew with the square of its size.
 */
const tables = new WeakMap<Graph, Map<string, SortedTable>>();

function sortedTable(graph: Graph, owner: EntityKey, column: PositionsColumn): SortedTable {
  let byOwner = tables.get(graph);
  if (!byOwner) tables.set(graph, (byOwner = new Map()));
  const id = `${column}\t${owner}`;
  const known = byOwner.get(id);
  if (known) return known;
  const published = (position: PositionRef) => graph.articleBySlug.get(position.article)?.published ?? '';
  const sorted = [...positionsOf(graph, owner, column)].sort((a, b) => published(b).localeCompare(published(a)) || a.paragraph - b.paragraph);
  // Which articles report each claim (party, stance, issue): one pass over the table's own positions.
  const reports = new Map<string, string[]>();
  for (const position of sorted) {
    const list = reports.get(sameClaim(position));
    if (list) list.push(position.article);
    else reports.set(sameClaim(position), [position.article]);
  }
  const coverage = new Map([...reports].map(([claim, articles]) => [claim, coverageOf(graph, articles)] as const));
  const table = { sorted, coverage };
  byOwner.set(id, table);
  return table;
}

export function positionsTable(graph: Graph, owner: EntityKey, column: PositionsColumn, page = 1): PositionsTableData {
  const { sorted, coverage } = sortedTable(graph, owner, column);
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
      coverage: coverage.get(sameClaim(position))!,
    })),
  };
}
