// Runs extraction over every article: cached analysis where the article is unchanged, then the cheap
// one-pass gazetteer match against the current pages.
import { analyseArticle, buildGazetteer, extractFromAnalysis } from '../extract/index.ts';
import type { ArticleExtraction, ArticleText, PageNames } from '../types.ts';
import type { AnalysisCache } from './analysis-cache.ts';
import type { PageRecord } from './content-model.ts';

export interface ExtractStats {
  analysed: number;
  cached: number;
}

export type Progress = (done: number, total: number) => void;

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
  cache: AnalysisCache,
  progress?: Progress,
): { extractions: Map<string, ArticleExtraction>; stats: ExtractStats } {
  const gazetteer = buildGazetteer(pageNames(pages), ignore);
  const extractions = new Map<string, ArticleExtraction>();
  const stats: ExtractStats = { analysed: 0, cached: 0 };
  for (const article of articles) {
    let analysis = cache.get(article);
    if (analysis) {
      stats.cached++;
    } else {
      analysis = analyseArticle(article);
      cache.set(article, analysis);
      stats.analysed++;
    }
    extractions.set(article.slug, extractFromAnalysis(article, analysis, gazetteer));
    progress?.(extractions.size, articles.length);
  }
  return { extractions, stats };
}
