// The bytes one search downloads, measured in real headless Chromium against a built site served on
// localhost: every response is recorded, and sized as a static host would serve it: Pagefind's index files
// and wasm as stored (already compressed), everything else (scripts, the names index, HTML, CSS) gzipped at
// level 9. "Search" bytes are what the query itself costs: everything under /pagefind/ plus any names index (names.json or a shard of it, names/<letter>.json);
// "page" bytes are the search page's own HTML, CSS and scripts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.ts';
import sirv from 'sirv';

export interface QueryBytes {
  query: string;
  searchBytes: number;
  pageBytes: number;
  requests: number;
  files: { path: string; bytes: number }[];
  results: string;
}

const STORED_COMPRESSED = /\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

function servedBytes(dist: string, pathname: string): number {
  let file = join(dist, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  if (STORED_COMPRESSED.test(pathname)) return statSync(file).size;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function serve(dist: string): Promise<Server> {
  const handler = sirv(dist, { dev: true });
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens `<site>/search/?q=<query>` and waits until the results are shown (`ready`, a CSS selector) and the
 * network is idle; returns the bytes fetched.
 */
export async function measureQuery(dist: string, query: string, ready: string): Promise<QueryBytes> {
  const server = await serve(dist);
  const port = (server.address() as AddressInfo).port;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const seen = new Set<string>();
    context.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.hostname === '127.0.0.1') seen.add(url.pathname);
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(ready, { state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const results = (await page.locator(ready).first().textContent())?.trim().slice(0, 80) ?? '';
    const files = [...seen].sort().map((path) => ({ path, bytes: servedBytes(dist, path) }));
    const isSearch = (path: string) => path.includes('/pagefind/') || /\/names(\/[^/]+)?\.json$/.test(path);
    return {
      query,
      searchBytes: files.filter((f) => isSearch(f.path)).reduce((n, f) => n + f.bytes, 0),
      pageBytes: files.filter((f) => !isSearch(f.path)).reduce((n, f) => n + f.bytes, 0),
      requests: files.length,
      files,
      results,
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
