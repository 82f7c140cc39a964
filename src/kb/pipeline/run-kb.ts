// `npm run kb`: extraction over every article, then a page for every entity that has none yet, repeated
// until the new pages' names reveal nothing more (so a second run finds nothing to do).
import type { ArticleAnalysis } from '../extract/index.ts';
import type { ArticleExtraction, ArticleText, EntityKey } from '../types.ts';
import { planPages, type PlannedPage } from '../scaffold/plan-pages.ts';
import { writeMissingPages } from '../scaffold/write-missing-pages.ts';
import { openCache } from '../cache/open-cache.ts';
import { recordUpToDate } from '../cache/up-to-date.ts';
import { analyseAll } from './analyse-all.ts';
import type { Homonym, KbResult } from './kb-result.ts';
import { upToDateResult } from './up-to-date-result.ts';
import type { PageRecord } from '../content/content-model.ts';
import { extractAll, type AnalysisCache, type ExtractStats, type Progress } from './extract-all.ts';
import { loadContent } from '../content/load-content.ts';
import { rememberWrittenPage } from '../content/read-content-file.ts';
import { loadLexicon } from '../lexicon/lexicon.ts';
import { reviewPages } from '../review/review-pages.ts';
import { recordCreated } from '../review/created-record.ts';

export interface KbOptions {
  /** Only report what is missing; write nothing. */
  check?: boolean;
  cache?: AnalysisCache;
  progress?: Progress;
  /** The caller has just found the up-to-date record stale (scripts/kb.ts checks before loading the engine). */
  recordChecked?: boolean;
}

const MAX_PASSES = 4;

/** The cache, read once per article per run: later passes reuse what the first one read or analysed. */
function remembered(cache: AnalysisCache): AnalysisCache {
  const seen = new Map<ArticleText, ArticleAnalysis>();
  return {
    get(article) {
      const hit = seen.get(article) ?? cache.get(article);
      if (hit) seen.set(article, hit);
      return hit;
    },
    set(article, analysis) {
      seen.set(article, analysis);
      cache.set(article, analysis);
    },
    flush: () => cache.flush?.(),
  };
}

export async function runKb(root: string, options: KbOptions = {}): Promise<KbResult> {
  // Nothing changed since the last complete run (content, engine code, lock file): nothing to do.
  const unchanged = options.cache || options.recordChecked ? undefined : upToDateResult(root);
  if (unchanged) return unchanged;
  const lexicon = loadLexicon(root);
  // Analyses and extractions depend on the word lists, the editor's included: the cache is opened for them.
  const disk = options.cache ? undefined : openCache<ArticleAnalysis, ArticleExtraction>(root, lexicon.digest);
  const parsed = disk?.parsed;
  const snapshot = loadContent(root, undefined, parsed);
  const cache = remembered(options.cache ?? disk!.analyses);
  const pages: PageRecord[] = [...snapshot.pages];
  const missing: PlannedPage[] = [];
  // The articles never analysed are analysed first, on every core; the passes below find them in the cache.
  const extractionStarted = performance.now();
  let extractionS = 0;
  const fresh = snapshot.articles.filter((article) => !cache.get(article));
  const analyses = await analyseAll(fresh, lexicon, options.progress);
  fresh.forEach((article, i) => cache.set(article, analyses[i]!));
  const stats: ExtractStats = { analysed: fresh.length, cached: 0, carried: 0 };
  const store = disk?.extractions;
  let lastNames = '';
  let complete = false;
  let homonyms: Homonym[] = [];
  let extractions = new Map<string, ArticleExtraction>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const run = extractAll(snapshot.articles, pages, snapshot.ignore, lexicon, cache, pass === 0 && fresh.length === 0 ? options.progress : undefined, store);
    if (pass === 0) extractionS = (performance.now() - extractionStarted) / 1000;
    lastNames = run.names;
    homonyms = homonymsOf(run.extractions);
    extractions = run.extractions;
    stats.analysed += run.stats.analysed;
    stats.carried! += run.stats.carried ?? 0;
    if (pass === 0) stats.cached = run.stats.cached - fresh.length;
    // The store holds only what complete runs left, so a settled article names no entity without a page:
    // only the others can call for new pages.
    const unsettled = run.settled.size === 0 ? snapshot.articles : snapshot.articles.filter((article) => !run.settled.has(article.slug));
    const planned = planPages(unsettled, run.extractions, pages, snapshot.ignore);
    if (planned.length === 0) {
      complete = true;
      break;
    }
    missing.push(...planned);
    pages.push(...planned);
  }
  if (!options.check) {
    // The pages just written are known already: the next run need not parse them again.
    // What was written is recorded, so the review tells kb's untouched pages from those a person has edited.
    const written = writeMissingPages(root, missing);
    if (parsed) for (const page of written) rememberWrittenPage(parsed, page, page.source);
    recordCreated(root, written);
  }
  parsed?.save();
  cache.flush?.();
  // Only a complete run's extractions are kept: the passes above rely on it.
  if (complete && (!options.check || missing.length === 0)) store?.save(lastNames);
  if (complete && (!options.check || missing.length === 0) && !options.cache) recordUpToDate(root, { homonyms });
  // What a reviewer should look at in each new page, from the evidence the last pass holds.
  const created = reviewPages({
    articles: snapshot.articles,
    extractions,
    pages,
    ignore: snapshot.ignore,
    review: missing,
    homonymKeys: homonyms.flatMap((homonym) => homonym.candidates as EntityKey[]),
    lexicon,
    naming: new Set(missing.flatMap((page) => page.articles)),
  });
  return { missing, created, homonyms, stats, extractionS, articles: snapshot.articles.length, pages: snapshot.pages.length };
}

function homonymsOf(extractions: Map<string, ArticleExtraction>): Homonym[] {
  const out: Homonym[] = [];
  for (const [article, extraction] of extractions) {
    for (const { surface, candidates, paragraph } of extraction.ambiguous) out.push({ article, paragraph, surface, candidates });
  }
  return out;
}
