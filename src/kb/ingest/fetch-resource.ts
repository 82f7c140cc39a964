// Fetches a web page or a feed for ingest, within limits: a timeout, a size cap, a few redirects, Dossier's own
// user agent, and a clear error for every way it can fail.

import { DossierError } from '../errors.ts';

export interface Fetched {
  bytes: Uint8Array;
  /** The Content-Type header ('' when the server sent none). */
  contentType: string;
  /** The address the content came from, after redirects. */
  address: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** Says who is asking, so a site's operators can tell Dossier's requests from a browser's. */
export const USER_AGENT = 'Dossier/0.1 (news knowledge base; fetches only the pages an editor names)';

/** What is expected: a web page, or an RSS or Atom feed. */
export type Wanted = 'page' | 'feed';

const ACCEPT: Record<Wanted, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8',
};
const TYPES: Record<Wanted, RegExp> = { page: /html/i, feed: /xml|rss|atom/i };

/**
 * GETs `address`, following at most `maxRedirects` redirects, and returns the body once it is whole. Throws a
 * DossierError naming the address for an answer of 4xx or 5xx, a content type that is not what is `wanted`, a
 * body over `maxBytes`, no answer within `timeoutMs`, or a server that cannot be reached.
 */
export async function fetchResource(address: string, wanted: Wanted, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = address;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: ACCEPT[wanted] } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) {
          throw new DossierError(`The address redirected more than ${limits.maxRedirects} times.`, 'Open it in a browser and ingest the address it ends at.', { file: address });
        }
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DossierError(`The server answered ${response.status} ${response.statusText}.`, hintFor(response.status), { file: address });
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (contentType !== '' && !TYPES[wanted].test(contentType)) {
        await response.body?.cancel();
        throw new DossierError(
          `This is not ${wanted === 'page' ? 'a web page' : 'an RSS or Atom feed'} but ${contentType.split(';')[0]}.`,
          wanted === 'page' ? 'Give the address of the article page itself.' : "Give the address of the feed itself (the site's RSS or Atom link).",
          { file: address },
        );
      }
      return { bytes: await readCapped(response, limits.maxBytes, address), contentType, address: current };
    }
  } catch (error) {
    if (error instanceof DossierError) throw error;
    if (signal.aborted) {
      throw new DossierError(`The server did not answer within ${limits.timeoutMs / 1000} s.`, 'Try again later, or save the page from a browser and ingest the .html file.', { file: address });
    }
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new DossierError(`The address cannot be reached (${cause}).`, 'Check the address and the network, then try again.', { file: address });
  }
}

function hintFor(status: number): string {
  if (status === 401 || status === 402 || status === 403) {
    return 'The page may be behind a paywall or closed to scripts: save it from a browser that shows the whole article and ingest the .html file.';
  }
  if (status === 404 || status === 410) return 'Check the address: the page is not there (any more).';
  if (status >= 500) return 'The site has a problem of its own: try again later.';
  return 'Check the address, or save the page from a browser and ingest the .html file.';
}

async function readCapped(response: Response, maxBytes: number, address: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      // leaving the loop by throwing cancels the rest of the body
      throw new DossierError(`The answer is larger than ${sizeOf(maxBytes)}, too large for an article.`, 'Give the address of the article page itself, or save it from a browser and ingest the .html file.', { file: address });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** "5 MiB", "98 KiB". */
function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
