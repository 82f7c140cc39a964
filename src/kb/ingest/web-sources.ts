// Web addresses as articles to ingest: each page is fetched (one at a time) and read like a saved page.

import { DossierError } from '../errors.ts';
import { fetchResource, type FetchLimits, DEFAULT_LIMITS } from './fetch-resource.ts';
import type { ArticleSource } from './ingest.ts';
import { readWebPage } from './read-web-page.ts';

/** Whether a command-line argument is a web address rather than a path. */
export function isWebAddress(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/**
 * Fetches every address in turn and returns one source per address for ingestSources: a fetched page is read
 * there, with its Content-Type's charset and the address it ended at; a failed fetch fails that source alone.
 */
export async function fetchedSources(
  addresses: readonly string[],
  onProgress?: (done: number, total: number) => void,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<ArticleSource[]> {
  const sources: ArticleSource[] = [];
  for (const [index, address] of addresses.entries()) {
    try {
      const page = await fetchResource(address, 'page', limits);
      sources.push({ file: address, read: (overrides) => readWebPage(page.bytes, { file: address, overrides, contentType: page.contentType, address: page.address }) });
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      sources.push({ file: address, read: () => { throw error; } });
    }
    onProgress?.(index + 1, addresses.length);
  }
  return sources;
}
