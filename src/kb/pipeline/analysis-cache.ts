// On-disk cache of each article's expensive analysis (sentences, tags, dates, cue phrases, candidate names),
// keyed by a hash of the article's own text (headline, date, paragraphs) and the extractor version, so a new page never invalidates it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_VERSION, type ArticleAnalysis } from '../extract/index.ts';
import { writeFileAtomic } from '../fs/write-new-file.ts';
import type { ArticleText } from '../types.ts';

export interface AnalysisCache {
  get(article: ArticleText): ArticleAnalysis | undefined;
  set(article: ArticleText, analysis: ArticleAnalysis): void;
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

/** A cache in `dir` (git-ignored, e.g. .cache/dossier/analysis); one JSON file per article hash. */
export function diskAnalysisCache(dir: string): AnalysisCache {
  mkdirSync(dir, { recursive: true });
  return {
    get(article) {
      try {
        return JSON.parse(readFileSync(join(dir, `${articleHash(article)}.json`), 'utf8')) as ArticleAnalysis;
      } catch {
        return undefined; // not cached yet, or a damaged entry: analyse again
      }
    },
    set(article, analysis) {
      writeFileAtomic(join(dir, `${articleHash(article)}.json`), JSON.stringify(analysis), { durable: false }); // a lost entry is only a miss
    },
  };
}

/** A cache that keeps nothing (for one-off runs such as the evaluation). */
export const noAnalysisCache: AnalysisCache = { get: () => undefined, set: () => {} };
