// Runs extraction over every article: cached analysis where the article is unchanged, then the cheap
// one-pass gazetteer match against the current pages.
import { analyseArticle, buildGazetteer, extractFromAnalysis } from '../extract/index.ts';
import type { ArticleExtraction, ArticleText, PageNames } from '../types.ts';
import { createHash } from 'node:crypto';
import type { Gazetteer } from '../extract/index.ts';
import { articleHash, type AnalysisCache } from './analysis-cache.ts';
import type { PageRecord } from './content-model.ts';

export interface ExtractStats {
  analysed: number;
  cached: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * Extractions kept between runs. An extraction depends on the article and on every page's names (the gazetteer),
 * so it is stored under the page names' hash and the article's own hash: while no page name, alias or the ignore
 * list changes, an unchanged article is not matched again.
 */
export interface ExtractionStore {
  get(names: string, article: string): ArticleExtraction | undefined;
  set(names: string, article: string, extraction: ArticleExtraction): void;
}

export function pageNames(pages: Iterable<PageRecord>): PageNames[] {
  const names: PageNames[] = [];
  for (const page of pages) {
    const kind = 'kind' in page.data ? page.data.kind : undefined;
    names.push({ key: page.key, name: page.data.name, aliases: page.data.aliases, ...(kind ? { kind } : {}) });
  }
  return names;
}

/** The page names the gazetteer is built from, in a canonical order (planned pages come last, loaded ones sorted). */
function namesHash(pages: PageNames[], ignore: string[]): string {
  const lines = pages.map((page) => JSON.stringify([page.key, page.name, [...(page.aliases ?? [])], page.kind ?? ''])).sort();
  return createHash('sha256').update(JSON.stringify([lines, [...ignore].sort()])).digest('hex');
}

export function extractAll(
  articles: ArticleText[],
  pages: Iterable<PageRecord>,
  ignore: string[],
  cache: AnalysisCache,
  progress?: Progress,
  store?: ExtractionStore,
): { extractions: Map<string, ArticleExtraction>; stats: ExtractStats; names: string } {
  const pageList = pageNames(pages);
  const names = store ? namesHash(pageList, ignore) : '';
  let gazetteer: Gazetteer | undefined; // built on the first article not in the store
  const extractions = new Map<string, ArticleExtraction>();
  const stats: ExtractStats = { analysed: 0, cached: 0 };
  for (const article of articles) {
    const key = store ? `${article.slug}:${articleHash(article)}` : '';
    const stored = store?.get(names, key);
    if (stored) {
      stats.cached++;
      extractions.set(article.slug, stored);
      progress?.(extractions.size, articles.length);
      continue;
    }
    let analysis = cache.get(article);
    if (analysis) {
      stats.cached++;
    } else {
      analysis = analyseArticle(article);
      cache.set(article, analysis);
      stats.analysed++;
    }
    gazetteer ??= buildGazetteer(pageList, ignore);
    const extraction = extractFromAnalysis(article, analysis, gazetteer);
    store?.set(names, key, extraction);
    extractions.set(article.slug, extraction);
    progress?.(extractions.size, articles.length);
  }
  return { extractions, stats, names };
}
