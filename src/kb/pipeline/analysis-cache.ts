// On-disk cache of each article's expensive analysis (sentences, tags, dates, cue phrases, candidate names),
// keyed by a hash of the article's own text (headline, date, paragraphs) and the extractor version, so a new
// page never invalidates it. The entries live in 16 files, each read once and written at most once per run: a
// file per article cost a write per article, a fifth of a cold run's extraction time, and a single file was
// rewritten whole for one new article.
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

/** The entries are spread over this many files by the first hex digit of their hash. */
const SHARDS = 16;

/**
 * A cache in `dir` (git-ignored, e.g. .cache/dossier/analysis): the entries in 16 JSON files by the first digit
 * of their hash, each read on first use and written back only when an entry of its own was added, so a run
 * that analyses one new article rewrites a sixteenth of the cache.
 */
export function diskAnalysisCache(dir: string): AnalysisCache {
  const shards: (Record<string, ArticleAnalysis> | undefined)[] = new Array(SHARDS);
  const dirty = new Set<number>();
  const fileOf = (shard: number) => join(dir, `analyses-${shard.toString(16)}.json`);
  const shardOf = (hash: string) => parseInt(hash[0]!, 16) % SHARDS;
  const load = (shard: number): Record<string, ArticleAnalysis> => {
    let entries = shards[shard];
    if (entries) return entries;
    try {
      entries = JSON.parse(readFileSync(fileOf(shard), 'utf8')) as Record<string, ArticleAnalysis>;
    } catch {
      entries = {}; // nothing cached yet, or a damaged file: analyse again
    }
    shards[shard] = entries;
    return entries;
  };
  return {
    get(article) {
      const hash = articleHash(article);
      return load(shardOf(hash))[hash];
    },
    set(article, analysis) {
      const hash = articleHash(article);
      const shard = shardOf(hash);
      load(shard)[hash] = analysis;
      dirty.add(shard);
    },
    flush() {
      if (dirty.size === 0) return;
      mkdirSync(dir, { recursive: true });
      // a lost cache is only a miss
      for (const shard of dirty) writeFileAtomic(fileOf(shard), JSON.stringify(shards[shard]), { durable: false });
      dirty.clear();
    },
  };
}

/** A cache that keeps nothing (for one-off runs such as the evaluation). */
export const noAnalysisCache: AnalysisCache = { get: () => undefined, set: () => {} };
