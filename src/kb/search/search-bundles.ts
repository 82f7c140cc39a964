// Where each shard's Pagefind bundle sits under the base path: shard 1's at pagefind/ (where an unsharded
// build puts its one index), shard i's at pagefind-i/, so the bundles of a merged site sit side by side.
// Shared by the indexer, the kb manifest and the search box, which merges the others into the first.

/** The folder of shard `shard`'s Pagefind bundle, without slashes: "pagefind", "pagefind-2", … */
export function searchBundle(shard: number): string {
  return shard === 1 ? 'pagefind' : `pagefind-${shard}`;
}

/** The bundles a search merges into shard 1's: those of shards 2 … count. */
export function mergedBundles(count: number): string[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => searchBundle(i + 2));
}
