// Latest developments: the newest dated events (a date page's mentions) up to the newest article's day, each
// with the sentence that reports it, its paragraph, outlet and date, and which outlets reported that day.
import type { Graph } from '../../kb/graph/build-graph.ts';
import { coverageOf, type Coverage } from '../coverage.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';

export interface Development {
  /** The date page. */
  date: EntityRef;
  quote: string;
  article: string;
  paragraph: number;
  published: string;
  source: string | undefined;
  /** The outlets of every article naming this date (of the articles considered). */
  coverage: Coverage;
}

/** The `limit` newest events, newest first; `articles` narrows to a story's articles. */
export function latestDevelopments(graph: Graph, limit: number, articles?: Set<string>): Development[] {
  const counted = (slug: string) => !articles || articles.has(slug);
  const newest = graph.articles.find((article) => counted(article.slug))?.published;
  if (!newest) return [];
  const found: Development[] = [];
  for (let i = graph.dates.length - 1; i >= 0 && found.length < limit; i--) {
    const key = graph.dates[i]!;
    const data = graph.entities.get(key)!.data;
    if (!('date' in data) || data.date > newest) continue;
    const mentions = (graph.mentionsOf.get(key) ?? []).filter((mention) => counted(mention.article));
    const first = mentions[0];
    if (!first) continue;
    const article = graph.articleBySlug.get(first.article)!;
    found.push({
      date: entityRef(graph, key),
      quote: first.sentence,
      article: first.article,
      paragraph: first.paragraph,
      published: article.published,
      source: article.source,
      coverage: coverageOf(graph, mentions.map((mention) => mention.article)),
    });
  }
  return found;
}
