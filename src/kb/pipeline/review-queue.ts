// The review queue of `npm run review`: the pages that stand as kb wrote them and no editor has kept yet, each with
// its doubts, notes and evidence, doubtful first. Extraction runs as for `kb`, from the cache where it can.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleAnalysis } from '../extract/index.ts';
import type { ArticleExtraction, EntityKey } from '../types.ts';
import type { ContentSnapshot } from '../content/content-model.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { loadContent } from '../content/load-content.ts';
import { openCache } from '../cache/open-cache.ts';
import { loadLexicon } from '../lexicon/lexicon.ts';
import type { Assessment } from '../review/assess.ts';
import { REVIEWED_FILE } from '../review/edit-content.ts';
import { reviewPages } from '../review/review-pages.ts';
import { uneditedPages } from '../review/unedited.ts';
import { extractAll } from './extract-all.ts';

export interface ReviewQueue {
  snapshot: ContentSnapshot;
  /** Pages waiting for review, doubtful first. */
  queue: Assessment[];
  /** Pages that stand exactly as kb wrote them: the only ones removed without a person's explicit word. */
  unedited: Set<EntityKey>;
}

function reviewedFiles(root: string): Set<string> {
  const path = join(root, 'content', REVIEWED_FILE);
  if (!existsSync(path)) return new Set();
  const data = parseYaml(readFileSync(path, 'utf8')) as unknown;
  return new Set(Array.isArray(data) ? data.map(String) : []);
}

/** The queue; `only` narrows it to some pages (those a pull request adds), reviewed or edited or not. */
export function reviewQueue(root: string, only?: Set<string>): ReviewQueue {
  const lexicon = loadLexicon(root);
  const cache = openCache<ArticleAnalysis, ArticleExtraction>(root, lexicon.digest);
  const snapshot = loadContent(root, undefined, cache.parsed);
  // The extractions kb stored for these very pages are read, not matched again (nothing is saved back).
  const { extractions } = extractAll(snapshot.articles, snapshot.pages, snapshot.ignore, lexicon, cache.analyses, undefined, cache.extractions);
  cache.analyses.flush?.();
  return reviewQueueOf(root, snapshot, extractions, lexicon, only);
}

/** The queue over content and extractions the caller holds already (the site build has both in its knowledge). */
export function reviewQueueOf(root: string, snapshot: ContentSnapshot, extractions: Map<string, ArticleExtraction>, lexicon: Lexicon, only?: Set<string>): ReviewQueue {
  const unedited = uneditedPages(root, snapshot.articles, extractions, snapshot.pages, snapshot.ignore);
  const reviewed = reviewedFiles(root);
  const review = snapshot.pages.filter((page) => (only ? only.has(page.file) : unedited.has(page.key) && !reviewed.has(page.file)));
  const homonymKeys = [...extractions.values()].flatMap((extraction) => extraction.ambiguous.flatMap((homonym) => homonym.candidates));
  const queue = reviewPages({ articles: snapshot.articles, extractions, pages: snapshot.pages, ignore: snapshot.ignore, review, homonymKeys, lexicon });
  return { snapshot, queue, unedited };
}
