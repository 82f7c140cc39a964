// Builds the Pagefind full-text index of a built site through Pagefind's Node API, and measures the names
// index the entity suggestions fetch beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** The pages with a data-pagefind-body: /articles/<slug>/ and /<type>/<slug>/. */
const INDEXED_PAGES = '{articles,parties,places,dates,issues}/*/index.html';

export interface IndexSummary {
  pages: number;
  /** Size of names.json as written and as gzip would serve it, and of the largest shard a query fetches. */
  namesIndex?: { bytes: number; gzipped: number; largestShardGzipped: number };
}

/**
 * Indexes every HTML page under `siteDir` (pages mark their own body, filters and weights) into
 * siteDir/<bundle>: pagefind/ for a whole build, and for shard i of a sharded one searchBundle(i), so that the
 * shards' bundles sit side by side in the merged site.
 */
export async function indexSite(siteDir: string, bundle = 'pagefind'): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only article and entity pages carry a searchable body; reading the indexes, timelines, maps and
    // sub-pages too would only cost time (Pagefind parses every file it is given).
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, bundle) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const names = join(siteDir, 'names.json');
    if (!existsSync(names)) return { pages: added.page_count };
    const raw = readFileSync(names);
    let largestShard = 0;
    const shardDir = join(siteDir, 'names');
    for (const file of existsSync(shardDir) ? readdirSync(shardDir) : []) {
      largestShard = Math.max(largestShard, gzipSync(readFileSync(join(shardDir, file)), { level: 9 }).length);
    }
    return {
      pages: added.page_count,
      namesIndex: { bytes: raw.length, gzipped: gzipSync(raw, { level: 9 }).length, largestShardGzipped: largestShard },
    };
  } finally {
    await pagefind.close();
  }
}
