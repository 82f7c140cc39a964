// The route data of an entity page (/<type>/<slug>/): its prose, infobox, positions and their changes, neighbourhood,
// mentions and related entities, and on a date page the neighbouring dates.
import type { PageRecord } from '../../kb/content/content-model.ts';
import type { Knowledge } from '../knowledge.ts';
import { dateNeighbours } from '../date-neighbours.ts';
import { proseHtml } from '../prose.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';
import { infobox, type InfoboxData } from './infobox.ts';
import { mentionList, type MentionListData } from './mention-list.ts';
import { placeLocator, type PlaceLocatorData } from './place-locator.ts';
import { positionsOf, positionsTable, type PositionsTableData } from './positions-table.ts';
import { changeList, type ChangeListData } from './change-list.ts';
import { relatedList, type RelatedListData } from './related-list.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface DateNavData {
  previous: EntityRef | undefined;
  next: EntityRef | undefined;
}

export interface EntityPageData extends RouteData {
  proseHtml: string;
  /** The date the search sorts the page by: its own, or that of the newest article naming it. */
  sortDate: string;
  /** Only on a date page. */
  dateNav: DateNavData | undefined;
  /** The parties' positions on it (column "party") and its own on issues (column "issue"), where any. */
  positions: PositionsTableData[];
  /** How the parties' stances on it changed (an issue), or its own stances (a party). */
  changes: ChangeListData;
  mentions: MentionListData;
  infobox: InfoboxData;
  /** Only on a place page with coordinates. */
  locator: PlaceLocatorData | undefined;
  related: RelatedListData;
}

export function entityPage({ graph, prose }: Knowledge, page: PageRecord): EntityPageData {
  const neighbours = page.type === 'date' ? dateNeighbours(graph, page.key) : undefined;
  const latest = graph.articleBySlug.get(graph.articlesOf.get(page.key)?.[0] ?? '')?.published ?? '';
  return {
    ...routeData(graph),
    proseHtml: proseHtml(graph, page.key, prose.get(page.key) ?? ''),
    sortDate: 'date' in page.data ? page.data.date : latest,
    dateNav: neighbours && {
      previous: neighbours.previous && entityRef(graph, neighbours.previous),
      next: neighbours.next && entityRef(graph, neighbours.next),
    },
    positions: (['party', 'issue'] as const)
      .filter((column) => positionsOf(graph, page.key, column).length > 0)
      .map((column) => positionsTable(graph, page.key, column)),
    changes: changeList(graph, (page.type === 'issue' ? graph.changes.on : graph.changes.by).get(page.key) ?? []),
    mentions: mentionList(graph, page.key),
    infobox: infobox(graph, page),
    locator: placeLocator(graph, page),
    related: relatedList(graph, page.key),
  };
}
