// What the engine keeps per article between runs: an article's analysis (the costly NLP layer), found again
// by a digest of the article's own text. The entries live in 16 files by the first hex digit of their digest,
// each read on first use and written back only when it gained an entry: a file per article cost a write per
// article, and a single file was rewritten whole for one new article. Every file is stamped with the engine
// (and the editor's word lists) it was made with, so a changed rule starts afresh.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ArticleText } from '../types.ts';
import { z } from 'zod';
import { readStamped, writeStamped } from './cache-files.ts';

/** A shard as stored: entries by digest (what an entry holds is the engine's, stamped with it). */
const SHARD = z.record(z.string(), z.unknown());

export interface ArticleStore<V> {
  get(article: ArticleText): V | undefined;
  set(article: ArticleText, value: V): void;
  /** Writes what `set` added since the last flush (a store that keeps nothing needs none). */
  flush?(): void;
}

/** The digest an article's entries are stored under: its date, headline and paragraphs. */
export function articleDigest(article: ArticleText): string {
  const hash = createHash('sha256');
  hash.update(article.published);
  hash.update('\0');
  hash.update(article.title);
  for (const paragraph of article.paragraphs) {
    hash.update('\0');
    hash.update(paragraph);
  }
  return hash.digest('hex').slice(0, 32);
}

const SHARDS = 16;

/** A store in the folder `dir` for values made by the engine (and inputs) of digest `stamp`. */
export function diskArticleStore<V>(dir: string, stamp: string): ArticleStore<V> {
  const shards: (Record<string, V> | undefined)[] = new Array(SHARDS);
  const dirty = new Set<number>();
  const fileOf = (shard: number) => join(dir, `${shard.toString(16)}.json`);
  const shardOf = (digest: string) => parseInt(digest[0]!, 16) % SHARDS;
  const load = (shard: number): Record<string, V> => (shards[shard] ??= readStamped<Record<string, V>>(fileOf(shard), stamp, SHARD) ?? {});
  return {
    get(article) {
      const digest = articleDigest(article);
      return load(shardOf(digest))[digest];
    },
    set(article, value) {
      const digest = articleDigest(article);
      const shard = shardOf(digest);
      load(shard)[digest] = value;
      dirty.add(shard);
    },
    flush() {
      for (const shard of dirty) writeStamped(fileOf(shard), stamp, shards[shard]);
      dirty.clear();
    },
  };
}

/** A store that keeps nothing (for one-off runs such as the evaluation). */
export function noArticleStore<V>(): ArticleStore<V> {
  return { get: () => undefined, set: () => {} };
}
