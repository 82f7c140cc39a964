// The request handler of `npm run serve` (and `npm start`): the published site in dist/, answered right while a build
// swaps a new one in (scripts/publish-site.ts). Written here rather than taken from sirv or send, which stat a path
// and open it again later (sirv's default mode even lists the folder once, at start): a swap between the two sent
// the new file under the old one's length, a truncated page, and a page new since the start was a 404. Here each
// file is opened first and its length, ETag and body all come from that one open file, so an answer is always one
// whole version of it; the folder is looked up on every request, so a rebuild shows without a restart.
import type { FileHandle } from 'node:fs/promises';
import { open, stat } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { lookup } from 'mrmime';
import { siteFolders } from './publish-site.ts';

interface Opened {
  handle: FileHandle;
  size: number;
  mtime: Date;
  /** The site path of the file, relative to the site folder. */
  file: string;
}

/** The files a site path may be answered with, in order; `redirect` marks the folder's index (the URL lacks its "/"). */
function candidates(path: string): { file: string; redirect?: boolean }[] {
  if (path === '' || path.endsWith('/')) return [{ file: `${path}index.html` }];
  return [{ file: path }, { file: `${path}.html` }, { file: `${path}/index.html`, redirect: true }];
}

async function openFile(dir: string, file: string): Promise<Opened | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(join(dir, file), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
  const stats = await handle.stat();
  if (stats.isFile()) return { handle, size: stats.size, mtime: stats.mtime, file };
  await handle.close();
  return undefined;
}

async function inodeOf(dir: string): Promise<number | undefined> {
  return stat(dir).then((stats) => stats.ino, () => undefined);
}

/**
 * The first of `files` in the published site. While dist/ is missing (mid-swap), dist.next/ is complete and dist.old/
 * whole: the file is taken from them, the new site first, so a page of either build is found. dist.next/ is only
 * trusted if dist.old/ stood, the same folder, before and after the open (no later build began writing a new
 * dist.next/ meanwhile). A miss is tried once more, for a swap that moved on between the lookups.
 */
async function openPublished(outDir: string, files: string[]): Promise<Opened | undefined> {
  const { next, old } = siteFolders(outDir);
  const firstIn = async (dir: string) => {
    for (const file of files) {
      const opened = await openFile(dir, file);
      if (opened) return opened;
    }
    return undefined;
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const published = await firstIn(outDir);
    if (published) return published;
    if (await inodeOf(outDir) !== undefined) continue;
    const before = await inodeOf(old);
    if (before === undefined) continue;
    const fresh = await firstIn(next);
    if (fresh && (await inodeOf(old)) === before) return fresh;
    await fresh?.handle.close();
    const stale = await firstIn(old);
    if (stale) return stale;
  }
  return undefined;
}

const TEXT = /^(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json))/;

function contentType(file: string): string {
  const type = lookup(extname(file)) ?? 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

/** Astro's bundles under _astro/ are named by their content hash: cached for good. Everything else is revalidated. */
function cacheControl(file: string): string {
  return file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function send(request: IncomingMessage, response: ServerResponse, opened: Opened, status: number): Promise<void> {
  const etag = `W/"${opened.size.toString(16)}-${Math.floor(opened.mtime.getTime()).toString(16)}"`;
  const headers = {
    'Content-Type': contentType(opened.file),
    'Cache-Control': cacheControl(opened.file),
    'Last-Modified': opened.mtime.toUTCString(),
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (status === 200 && request.headers['if-none-match'] === etag) {
    await opened.handle.close();
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(status, { ...headers, 'Content-Length': opened.size });
  if (request.method === 'HEAD') {
    await opened.handle.close();
    response.end();
    return;
  }
  // The stream closes the file when it ends or the client goes away.
  await pipeline(opened.handle.createReadStream({ start: 0 }), response).catch(() => response.destroy());
}

/** The site path of a request ("parties/x/"), or undefined for one that leaves the site or cannot be decoded. */
function sitePath(url: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const normal = posix.normalize(path);
  return normal.split('/').includes('..') ? undefined : normal.replace(/^\/+/, '');
}

/** A request handler serving the site published in `outDir` (GET and HEAD; 404.html, with status 404, for a miss). */
export function siteHandler(outDir: string): RequestListener {
  return (request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const path = sitePath(request.url);
      if (path === undefined) {
        response.writeHead(400).end('Bad request');
        return;
      }
      const wanted = candidates(path);
      const found = await openPublished(outDir, wanted.map((candidate) => candidate.file));
      if (found && wanted.find((candidate) => candidate.file === found.file)?.redirect) {
        await found.handle.close();
        const url = new URL(request.url ?? '/', 'http://localhost');
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (found) return send(request, response, found, 200);
      const notFound = await openPublished(outDir, ['404.html']);
      if (notFound) return send(request, response, notFound, 404);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    })().catch((error: unknown) => {
      console.error(`serving ${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  };
}
