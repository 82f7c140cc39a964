// Runs extraction over every article: cached analysis where the article is unchanged, then the cheap
// one-pass gazetteer match against the current pages.
import { analyseArticle, buildGazetteer, extractFromAnalysis } from '../extract/index.ts';
import type { ArticleExtraction, ArticleText, PageNames } from '../types.ts';
import { createHash } from 'node:crypto';
import type { Gazetteer } from '../extract/index.ts';
import { articleHash, type AnalysisCache } from './analysis-cache.ts';
import type { PageRecord } from '../content/content-model.ts';
import { namesDelta, touches, type NamesDelta } from './names-delta.ts';

export interface ExtractStats {
  analysed: number;
  cached: number;
  /** Of the cached: extractions carried over from the names used before, which the change could not touch. */
  carried?: number;
}

export type Progress = (done: number, total: number) => void;

/** The page names (and ignore list) a set of stored extractions was made with. */
export interface StoredNames {
  names: string;
  pages: PageNames[];
  ignore: string[];
}

/**
 * Extractions kept between runs. An extraction depends on the article and on every page's names (the gazetteer),
 * so it is stored under the page names' hash and the article's own hash: while no page name, alias or the ignore
 * list changes, an unchanged article is not matched again. When the names change, the extractions of the names
 * used before are carried over for every article the change cannot touch (see names-delta.ts).
 */
export interface ExtractionStore {
  get(names: string, article: string): ArticleExtraction | undefined;
  set(names: string, article: string, extraction: ArticleExtraction): void;
  /** The names extractions were last stored under, if any. */
  previous?(): StoredNames | undefined;
  /** Records the names this run stores under (they become `previous` for the next run or pass). */
  use?(names: StoredNames): void;
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
): {
  extractions: Map<string, ArticleExtraction>;
  stats: ExtractStats;
  names: string;
  /** Articles whose extraction came from the store or was carried over: a complete run left nothing missing in them. */
  settled: Set<string>;
} {
  const pageList = pageNames(pages);
  const names = store ? namesHash(pageList, ignore) : '';
  const prior = store?.previous?.();
  store?.use?.({ names, pages: pageList, ignore });
  const carried = prior && prior.names !== names ? prior : undefined;
  let delta: NamesDelta | undefined; // worked out on the first article stored under the prior names only
  let gazetteer: Gazetteer | undefined; // built on the first article not in the store
  const extractions = new Map<string, ArticleExtraction>();
  const stats: ExtractStats = { analysed: 0, cached: 0, carried: 0 };
  const settled = new Set<string>();
  for (const article of articles) {
    const key = store ? `${article.slug}:${articleHash(article)}` : '';
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
      delta ??= namesDelta(carried!.pages, carried!.ignore, pageList, ignore);
      if (!touches(delta, article, analysis)) {
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
  return { extractions, stats, names, settled };
}
