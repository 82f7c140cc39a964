// A sharded build's kb.json in parts (an extension of DESIGN.md's contract, see README "Sharded builds"): each
// shard publishes the part it owns, with the fields of /kb.json, and shard 1 a manifest of every part. The parts
// together hold exactly what the whole /kb.json holds: articles and positions by the article's shard, entities
// and relations by the (first) entity's shard, changes by the party's.
import type { KbJson } from './kb-json.ts';
import type { Ownership } from './shard-ownership.ts';
import type { EntityKey } from '../types.ts';

export interface KbPart extends KbJson {
  shard: { index: number; count: number };
}

export interface KbManifest {
  shards: number;
  parts: {
    shard: number;
    /** The part's address, base path included. */
    url: string;
    /** The shard's Pagefind bundle (merged into the first by the search box), base path included. */
    search: string;
    articles: number;
    entities: number;
  }[];
}

/** Where shard `index`'s part sits under the base path. */
export function kbPartPath(index: number): string {
  return `kb/part-${index}.json`;
}

export const KB_MANIFEST_PATH = 'kb/manifest.json';

/** The part of `kb` that shard `index` owns. */
export function kbPart(kb: KbJson, ownership: Ownership, index: number): KbPart {
  const ownsArticle = (slug: string) => ownership.article.get(slug) === index;
  const ownsEntity = (key: string) => ownership.entity.get(key as EntityKey) === index;
  return {
    shard: { index, count: ownership.count },
    articles: kb.articles.filter((article) => ownsArticle(article.slug)),
    entities: kb.entities.filter((entity) => ownsEntity(`${entity.type}/${entity.slug}`)),
    relations: kb.relations.filter((relation) => ownsEntity(relation.from)),
    positions: kb.positions.filter((position) => ownsArticle(position.article)),
    changes: kb.changes.filter((change) => ownsEntity(change.party)),
  };
}

/** The manifest of every part, with its counts: `bundle(i)` names shard i's Pagefind folder. */
export function kbManifest(ownership: Ownership, base: string, bundle: (shard: number) => string): KbManifest {
  const parts: KbManifest['parts'] = [];
  for (let shard = 1; shard <= ownership.count; shard++) {
    const count = (map: Map<string, number>) => [...map.values()].filter((owner) => owner === shard).length;
    parts.push({ shard, url: `${base}${kbPartPath(shard)}`, search: `${base}${bundle(shard)}/`, articles: count(ownership.article), entities: count(ownership.entity) });
  }
  return { shards: ownership.count, parts };
}
