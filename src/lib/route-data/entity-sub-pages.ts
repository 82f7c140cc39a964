// The route data of an entity's overflow pages: page n of its mentions, page n of its positions, and the
// full ranking of its related entities.
import type { EntityKey } from '../../kb/types.ts';
import type { Knowledge } from '../knowledge.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';
import { mentionList, type MentionListData } from './mention-list.ts';
import { positionsTable, type PositionsColumn, type PositionsTableData } from './positions-table.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface MentionsPageData extends RouteData {
  mentions: MentionListData;
}

export function mentionsPage({ graph }: Knowledge, key: EntityKey, page: number): MentionsPageData {
  return { ...routeData(graph), mentions: mentionList(graph, key, page) };
}

export interface PositionsPageData extends RouteData {
  positions: PositionsTableData;
}

export function positionsPage({ graph }: Knowledge, key: EntityKey, column: PositionsColumn, page: number): PositionsPageData {
  return { ...routeData(graph), positions: positionsTable(graph, key, column, page) };
}

export interface RelatedPageData extends RouteData {
  related: { entity: EntityRef; weight: number }[];
}

export function relatedPage({ graph }: Knowledge, key: EntityKey): RelatedPageData {
  return { ...routeData(graph), related: (graph.related.get(key) ?? []).map((item) => ({ entity: entityRef(graph, item.key), weight: item.weight })) };
}
