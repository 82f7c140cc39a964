// On-disk cache of each article's expensive analysis (sentences, tags, dates, cue phrases, candidate names),
// keyed by a hash of the article's own text (headline, date, paragraphs) and the extractor version, so a new
// page never invalidates it. The entries live in one file, read once and written once per run: a file per
// article cost a write per article, a fifth of a cold run's extraction time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_VERSION, type ArticleAnalysis } from '../extract/index.ts';
import { writeFileAtomic } from '../fs/write-new-file.ts';
import type { ArticleText } from '../types.ts';

export interface AnalysisCache {
  get(article: ArticleText): ArticleAnalysis | undefined;
  set(article: ArticleText, analysis: ArticleAnalysis): void;
  /** Writes what `set` added since the last flush (a cache that writes nothing needs none). */
  flush?(): void;
}

/** The default cache folder under a project root, git-ignored. */
export function cacheDir(root: string): string {
  return join(root, '.cache', 'dossier', 'analysis');
}

/** The hash an article's analysis is stored under: its text, its date and the extractor version. */
export function articleHash(article: ArticleText): string {
  const hash = createHash('sha256');
  hash.update(EXTRACTOR_VERSION);
  hash.update('\0');
  hash.update(article.published);
  hash.update('\0');
  hash.update(article.title);
  for (const paragraph of article.paragraphs) {
    hash.update('\0');
    hash.update(paragraph);
  }
  return hash.digest('hex').slice(0, 32);
}

/** A cache in `dir` (git-ignored, e.g. .cache/dossier/analysis): every entry in one JSON file. */
export function diskAnalysisCache(dir: string): AnalysisCache {
  const file = join(dir, 'analyses.json');
  let entries: Record<string, ArticleAnalysis> | undefined;
  let dirty = false;
  const load = (): Record<string, ArticleAnalysis> => {
    if (entries) return entries;
    try {
      entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ArticleAnalysis>;
    } catch {
      entries = {}; // nothing cached yet, or a damaged file: analyse again
    }
    return entries;
  };
  return {
    get: (article) => load()[articleHash(article)],
    set(article, analysis) {
      load()[articleHash(article)] = analysis;
      dirty = true;
    },
    flush() {
      if (!dirty || !entries) return;
      mkdirSync(dir, { recursive: true });
      writeFileAtomic(file, JSON.stringify(entries), { durable: false }); // a lost cache is only a miss
      dirty = false;
    },
  };
}

/** A cache that keeps nothing (for one-off runs such as the evaluation). */
export const noAnalysisCache: AnalysisCache = { get: () => undefined, set: () => {} };
