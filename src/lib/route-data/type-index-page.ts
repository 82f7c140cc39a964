// The route data of a type's index (/parties/, /places/, …): every page of the type with its mention and
// article counts and latest article date; dates newest first, the rest most mentioned first. /issues/ also
// holds the whole who-wants-what table.
import type { PageRecord } from '../../kb/content/content-model.ts';
import type { EntityType } from '../../kb/types.ts';
import type { Knowledge } from '../knowledge.ts';
import { routeData, type RouteData } from './route-data.ts';
import { stanceTable, type StanceTableData } from './stance-table.ts';
import { STANCE_TABLE_FULL } from '../bounds.ts';

export interface TypeIndexRow {
  page: PageRecord;
  mentions: number;
  articles: number;
  /** Publication date of the newest article naming it, or "" if none does. */
  latest: string;
}

export interface TypeIndexPageData extends RouteData {
  rows: TypeIndexRow[];
  /** On /issues/: who wants what, every party with a position against every issue. */
  stances: StanceTableData | undefined;
}

export function typeIndexPage({ graph }: Knowledge, type: EntityType): TypeIndexPageData {
  const rows: TypeIndexRow[] = [];
  for (const page of graph.entities.values()) {
    if (page.type !== type) continue;
    const articles = graph.articlesOf.get(page.key) ?? [];
    const latest = graph.articleBySlug.get(articles[0] ?? '')?.published ?? '';
    rows.push({ page, mentions: graph.mentionsOf.get(page.key)?.length ?? 0, articles: articles.length, latest });
  }
  if (type === 'date') rows.sort((a, b) => ('date' in b.page.data ? b.page.data.date : '').localeCompare('date' in a.page.data ? a.page.data.date : ''));
  else rows.sort((a, b) => b.mentions - a.mentions || a.page.data.name.localeCompare(b.page.data.name));
  return { ...routeData(graph), rows, stances: type === 'issue' ? stanceTable(graph, STANCE_TABLE_FULL) : undefined };
}
