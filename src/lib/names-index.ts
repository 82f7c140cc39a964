// The names index behind entity suggestions: every entity's type, name, slug and aliases, nothing else.
// /names.json holds all of it (for machines); the search boxes fetch one shard, /names/<letter>.json, the
// shard of the first word typed, so a query downloads a small part of the names however many there are.
import type { Graph } from '../kb/graph/build-graph.ts';
import { foldWords, nameShard } from '../kb/search/fold-name.ts';
import type { NameEntry, NamesIndex } from '../kb/search/match-names.ts';

export function namesIndex(graph: Graph): NamesIndex {
  const entities: NameEntry[] = [];
  for (const page of graph.entities.values()) {
    entities.push([page.type, page.data.name, page.slug, ...page.data.aliases]);
  }
  return { entities };
}

/** The names index split by the first letter of each folded word of each form (see nameShard). */
export function namesShards(graph: Graph): Map<string, NamesIndex> {
  const shards = new Map<string, NamesIndex>();
  for (const entry of namesIndex(graph).entities) {
    const [, name, , ...aliases] = entry;
    const keys = new Set<string>();
    for (const form of [name, ...aliases]) for (const word of foldWords(form)) keys.add(nameShard(word));
    for (const key of keys) {
      let shard = shards.get(key);
      if (!shard) {
        shard = { entities: [] };
        shards.set(key, shard);
      }
      shard.entities.push(entry);
    }
  }
  return shards;
}
