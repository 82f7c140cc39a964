// The route data of an article page (/articles/<slug>/): its text with mentions linked, its JSON-LD, the
// entities it names, by type, and the article a syndicated copy repeats.
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import { renderArticleHtml } from '../../kb/markdown/render-article.ts';
import { ENTITY_TYPES, splitKey, type EntityKey, type EntityType } from '../../kb/types.ts';
import { articleJsonLd } from '../json-ld.ts';
import type { Knowledge } from '../knowledge.ts';
import { articleUrl, entityUrl } from '../urls.ts';
import { entityRefs, type EntityRef } from './entity-ref.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface ArticlePageData extends RouteData {
  html: string;
  jsonLd: Record<string, unknown>;
  /** The types the article names entities of, each with those entities in order of first mention. */
  named: { type: EntityType; entities: EntityRef[] }[];
  /** For a syndicated copy, the article it repeats (its names are counted there, not here). */
  original?: { title: string; source?: string; url: string };
}

/** `site` is the site's address, for the absolute URLs of the JSON-LD. */
export function articlePage({ graph, bodies }: Pick<Knowledge, 'graph' | 'bodies'>, article: ArticleRecord, site: URL | undefined): ArticlePageData {
  const mentions = graph.mentionsIn.get(article.slug) ?? [];
  const html = renderArticleHtml(bodies.get(article.slug) ?? '', {
    mentions,
    href: entityUrl,
    properties: () => ({ className: 'mention' }),
  });
  const keys = [...new Set(mentions.map((m) => m.key))];
  const about = mainSubjects(mentions.map((m) => m.key)).map((key) => ({ name: graph.entities.get(key)!.data.name, url: new URL(entityUrl(key), site).href }));
  const named = ENTITY_TYPES.map((type) => ({ type, entities: entityRefs(graph, keys.filter((key) => splitKey(key).type === type)) }));
  return {
    ...routeData(graph),
    html,
    jsonLd: articleJsonLd(article, new URL(articleUrl(article.slug), site).href, about),
    named: named.filter((group) => group.entities.length > 0),
    ...originalOf(graph, article),
  };
}

/** How many of an article's entities its JSON-LD names as what it is about: the "Named in this article" box lists them all. */
const ABOUT_LIMIT = 8;

/** The parties, places and issues an article names most often (first named first among equals): its main subjects. */
function mainSubjects(keys: EntityKey[]): EntityKey[] {
  const counts = new Map<EntityKey, number>();
  for (const key of keys) if (splitKey(key).type !== 'date') counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, ABOUT_LIMIT);
}

function originalOf(graph: Knowledge['graph'], article: ArticleRecord): Pick<ArticlePageData, 'original'> {
  const original = article.data.copyOf === undefined ? undefined : graph.articleBySlug.get(article.data.copyOf);
  if (!original || original.slug === article.slug) return {};
  return { original: { title: original.title, ...(original.source ? { source: original.source } : {}), url: articleUrl(original.slug) } };
}
