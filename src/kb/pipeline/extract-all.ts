// Runs extraction over every article: cached analysis where the article is unchanged, then the cheap
// one-pass gazetteer match against the current pages.
import { analyseArticle, buildGazetteer, extractFromAnalysis, type ArticleAnalysis, type Gazetteer } from '../extract/index.ts';
import type { ArticleExtraction, ArticleText, PageNames } from '../types.ts';
import { articleDigest, noArticleStore, type ArticleStore } from '../cache/article-store.ts';
import { namesDigest, type ExtractionStore } from '../cache/extraction-store.ts';
import type { PageRecord } from '../content/content-model.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { namesDelta, touches, type NamesDelta } from './names-delta.ts';

export interface ExtractStats {
  analysed: number;
  cached: number;
  /** Of the cached: extractions carried over from the names used before, which the change could not touch. */
  carried?: number;
}

export type Progress = (done: number, total: number) => void;

/** Each article's analysis, kept between runs. */
export type AnalysisCache = ArticleStore<ArticleAnalysis>;

/** Analyses kept nowhere (for one-off runs such as the evaluation). */
export const noAnalysisCache: AnalysisCache = noArticleStore();

export function pageNames(pages: Iterable<PageRecord>): PageNames[] {
  const names: PageNames[] = [];
  for (const page of pages) {
    const kind = 'kind' in page.data ? page.data.kind : undefined;
    names.push({ key: page.key, name: page.data.name, aliases: page.data.aliases, ...(kind ? { kind } : {}) });
  }
  return names;
}

export function extractAll(
  articles: ArticleText[],
  pages: Iterable<PageRecord>,
  ignore: string[],
  lexicon: Lexicon,
  cache: AnalysisCache,
  progress?: Progress,
  store?: ExtractionStore<ArticleExtraction>,
): {
  extractions: Map<string, ArticleExtraction>;
  stats: ExtractStats;
  names: string;
  /** Articles whose extraction came from the store or was carried over: a complete run left nothing missing in them. */
  settled: Set<string>;
} {
  const pageList = pageNames(pages);
  const names = store ? namesDigest(pageList, ignore) : '';
  const prior = store?.previous?.();
  store?.use?.({ names, pages: pageList, ignore });
  const carried = prior && prior.names !== names ? prior : undefined;
  let delta: NamesDelta | undefined; // worked out on the first article stored under the prior names only
  let gazetteer: Gazetteer | undefined; // built on the first article not in the store
  const extractions = new Map<string, ArticleExtraction>();
  const stats: ExtractStats = { analysed: 0, cached: 0, carried: 0 };
  const settled = new Set<string>();
  for (const article of articles) {
    const key = store ? `${article.slug}:${articleDigest(article)}` : '';
    const stored = store?.get(names, key);
    if (stored) {
      stats.cached++;
      settled.add(article.slug);
      extractions.set(article.slug, stored);
      progress?.(extractions.size, articles.length);
      continue;
    }
    let analysis = cache.get(article);
    const before = carried && analysis ? store?.get(carried.names, key) : undefined;
    if (before && analysis) {
      delta ??= namesDelta(carried!.pages, carried!.ignore, pageList, ignore, lexicon);
      if (!touches(delta, article, analysis, lexicon)) {
        stats.cached++;
        stats.carried!++;
        store!.set(names, key, before);
        settled.add(article.slug);
        extractions.set(article.slug, before);
        progress?.(extractions.size, articles.length);
        continue;
      }
    }
    if (analysis) {
      stats.cached++;
    } else {
      analysis = analyseArticle(article, lexicon);
      cache.set(article, analysis);
      stats.analysed++;
    }
    gazetteer ??= buildGazetteer(pageList, ignore, lexicon);
    const extraction = extractFromAnalysis(article, analysis, gazetteer);
    store?.set(names, key, extraction);
    extractions.set(article.slug, extraction);
    progress?.(extractions.size, articles.length);
  }
  return { extractions, stats, names, settled };
}
