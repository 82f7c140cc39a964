// The route data of the home page: the latest articles, the most-mentioned parties, places and issues (each
// issue with its latest position) and the most recent dates.
import type { Graph, PositionRef } from '../../kb/graph/build-graph.ts';
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import type { EntityKey, EntityType } from '../../kb/types.ts';
import type { Knowledge } from '../knowledge.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface CountedEntity {
  entity: EntityRef;
  mentions: number;
}

export interface LatestPosition extends Omit<PositionRef, 'party'> {
  party: EntityRef;
  /** Publication date of its article. */
  published: string;
}

export interface HomePageData extends RouteData {
  articleCount: number;
  latest: { article: ArticleRecord; mentions: number }[];
  parties: CountedEntity[];
  places: CountedEntity[];
  issues: (CountedEntity & { latest: LatestPosition | undefined })[];
  dates: CountedEntity[];
}

export function homePage({ graph }: Knowledge): HomePageData {
  const counted = (key: EntityKey): CountedEntity => ({ entity: entityRef(graph, key), mentions: graph.mentionsOf.get(key)?.length ?? 0 });
  const top = (type: EntityType, limit: number) => (graph.ranked.get(type) ?? []).slice(0, limit).map(counted);
  return {
    ...routeData(graph),
    articleCount: graph.articles.length,
    latest: graph.articles.slice(0, 8).map((article) => ({ article, mentions: graph.mentionsIn.get(article.slug)?.length ?? 0 })),
    parties: top('party', 10),
    places: top('place', 10),
    issues: top('issue', 8).map((row) => ({ ...row, latest: latestPosition(graph, row.entity.key) })),
    dates: [...graph.dates].reverse().slice(0, 8).map(counted),
  };
}

function latestPosition(graph: Graph, issue: EntityKey): LatestPosition | undefined {
  const published = (article: string) => graph.articleBySlug.get(article)?.published ?? '';
  const position = [...(graph.positionsOn.get(issue) ?? [])].sort((a, b) => published(b.article).localeCompare(published(a.article)))[0];
  return position && { ...position, party: entityRef(graph, position.party), published: published(position.article) };
}
