// Which shard of a sharded build renders each page: articles by period of publication (the collection's days
// in calendar order, cut into N runs of about equal article counts), each entity page by the shard holding most
// of its mentions. Pure and decided from content alone, so every shard job computes the same answer.
import type { EntityKey } from '../types.ts';

/** Shard `index` of `count` (1-based), as written on the command line: "2/3". */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Reads "i/N"; a spec that is no such pair, or out of range, is an error saying what to write. */
export function parseShardSpec(text: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`The shard "${text}" is not one of the shards of a build: write it as i/N with 1 ≤ i ≤ N, e.g. --shard 1/2.`);
  }
  return { index, count };
}

/** What ownership reads of the graph: each article's day, and the articles that mention each entity. */
export interface OwnershipInput {
  articles: readonly { slug: string; published: string }[];
  entities: Iterable<EntityKey>;
  /** Entity → the article of each of its mentions. */
  mentionsOf: ReadonlyMap<EntityKey, readonly { article: string }[]>;
}

export interface Ownership {
  count: number;
  /** Article slug → shard (1-based). */
  article: Map<string, number>;
  /** Entity key → shard (1-based). */
  entity: Map<EntityKey, number>;
}

/**
 * Articles by period rather than by story: stories are optional and as uneven as the news (one can hold most
 * articles), while days can always be cut into runs of about equal size, and a day's articles stay together.
 * A day goes to the shard in which the middle of its articles falls, counting through the days in order.
 */
function articleShards(articles: OwnershipInput['articles'], count: number): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const article of articles) perDay.set(article.published, (perDay.get(article.published) ?? 0) + 1);
  const dayShard = new Map<string, number>();
  let before = 0;
  for (const day of [...perDay.keys()].sort()) {
    const size = perDay.get(day)!;
    dayShard.set(day, Math.min(count, 1 + Math.floor(((before + size / 2) * count) / articles.length)));
    before += size;
  }
  return new Map(articles.map((article) => [article.slug, dayShard.get(article.published)!]));
}

/** FNV-1a of a string: a stable, evenly spread number for breaking ties by name. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The shard owning each entity page: the one holding most of its mentions; among shards holding equally many
 * (all of them, for a page no article names), the one its key's hash picks, so such pages spread evenly.
 */
function entityShard(key: EntityKey, mentions: readonly { article: string }[], articles: Map<string, number>, count: number): number {
  const perShard = new Array<number>(count + 1).fill(0);
  for (const mention of mentions) {
    const shard = articles.get(mention.article);
    if (shard !== undefined) perShard[shard]! += 1;
  }
  const most = Math.max(...perShard.slice(1));
  const tied = perShard.flatMap((n, shard) => (shard > 0 && n === most ? [shard] : []));
  return tied[hashOf(key) % tied.length]!;
}

/** Every article and entity page of the collection, each owned by exactly one of `count` shards. */
export function shardOwnership(input: OwnershipInput, count: number): Ownership {
  const article = articleShards(input.articles, count);
  const entity = new Map<EntityKey, number>();
  for (const key of input.entities) entity.set(key, entityShard(key, input.mentionsOf.get(key) ?? [], article, count));
  return { count, article, entity };
}
