// The route data of /articles/: every article, newest first, with how many entities it names.
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import type { Knowledge } from '../knowledge.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface ArticlesPageData extends RouteData {
  articles: { article: ArticleRecord; entities: number }[];
}

export function articlesPage({ graph }: Knowledge): ArticlesPageData {
  return {
    ...routeData(graph),
    articles: graph.articles.map((article) => ({ article, entities: new Set((graph.mentionsIn.get(article.slug) ?? []).map((m) => m.key)).size })),
  };
}
