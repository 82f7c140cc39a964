// Pages fetched by address (from a local HTTP server this test starts) read as their saved files do; every way a
// fetch fails is a clear error for that address alone; a feed's new items are ingested and old ones skipped.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchedSources } from '../../../src/kb/ingest/web-sources.ts';
import { fetchResource, USER_AGENT } from '../../../src/kb/ingest/fetch-resource.ts';
import { readWebPage } from '../../../src/kb/ingest/read-web-page.ts';
import { EXPECTED, PAGES } from '../../helpers/ingest-pages.ts';
import { refusal } from '../../helpers/refusal.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

let server: Server;
let base = '';
const userAgents: string[] = [];
const paths: string[] = [];

function feed(): string {
  const item = (title: string, link: string, date: string) => `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate></item>`;
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Invented feed</title><link>${base}/</link><description>Test</description>
${item('Slip closed', 'https://harbourledger.example/news/2024/03/ferry-slip-closed?utm_medium=rss', 'Tue, 12 Mar 2024 23:40:00 -0500')}
${item('Late library', `${base}/pages/amp.html?utm_source=rss`, 'Fri, 30 Sep 2022 18:05:00 +0000')}
${item('Trees', `${base}/pages/teaser-embeds.html`, 'Fri, 07 Feb 2025 07:30:00 +0000')}
${item('Old story', `${base}/pages/opengraph-comments.html`, 'Sat, 04 Nov 2023 09:15:00 +0100')}
</channel></rss>`;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    userAgents.push(request.headers['user-agent'] ?? '');
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    paths.push(path);
    const page = /^\/pages\/([\w-]+)\.html$/.exec(path)?.[1];
    if (page && page in EXPECTED) {
      // the windows-1252 page's charset comes from the header here, as servers send it
      const type = page === 'windows-1252' ? 'text/html; charset=windows-1252' : 'text/html';
      response.writeHead(200, { 'content-type': type }).end(readFileSync(join(PAGES, `${page}.html`)));
    } else if (path === '/moved') response.writeHead(301, { location: '/pages/amp.html' }).end();
    else if (path === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (path === '/report.pdf') response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (path === '/huge') response.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(200_000)}</p>`);
    else if (path === '/silent') response.writeHead(200, { 'content-type': 'text/html' }).write('<html>'); // never ends
    else if (path === '/broken') response.writeHead(500, 'Internal Server Error').end();
    else if (path === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed());
    else response.writeHead(404, 'Not Found').end('no such page');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const LIMITS = { timeoutMs: 1_000, maxBytes: 100_000, maxRedirects: 3 };

describe('fetchedSources', () => {
  it.each(Object.keys(EXPECTED))('%s by address gives the headline, date and text of the saved file', async (name) => {
    const file = join(PAGES, `${name}.html`);
    const saved = readWebPage(readFileSync(file), { file, overrides: {} });
    const [source] = await fetchedSources([`${base}/pages/${name}.html`]);
    const fetched = source!.read({});
    expect({ title: fetched.title, published: fetched.published, paragraphs: fetched.paragraphs }).toEqual({
      title: saved.title,
      published: saved.published,
      paragraphs: saved.paragraphs,
    });
    expect(userAgents.at(-1)).toBe(USER_AGENT);
  });

  it('follows a redirect, and resolves a page with no canonical link against the address it ended at', async () => {
    const [source] = await fetchedSources([`${base}/moved`]);
    expect(source!.read({}).title).toBe('Northmere library to open late on weekdays');
  });

  it('says what went wrong for each address, and what to do', async () => {
    const addresses = ['/nowhere', '/broken', '/report.pdf', '/loop', '/huge', '/silent'].map((path) => `${base}${path}`);
    const sources = await fetchedSources(addresses, undefined, LIMITS);
    expect(sources.map((source) => refusal(() => source.read({})))).toEqual([
      `${base}/nowhere: The server answered 404 Not Found. Check the address: the page is not there (any more).`,
      `${base}/broken: The server answered 500 Internal Server Error. The site has a problem of its own: try again later.`,
      `${base}/report.pdf: This is not a web page but application/pdf. Give the address of the article page itself.`,
      `${base}/loop: The address redirected more than 3 times. Open it in a browser and ingest the address it ends at.`,
      `${base}/huge: The answer is larger than 98 KiB, too large for an article. Give the address of the article page itself, or save it from a browser and ingest the .html file.`,
      `${base}/silent: The server did not answer within 1 s. Try again later, or save the page from a browser and ingest the .html file.`,
    ]);
  });

  it('never runs a page script nor loads what the page links', async () => {
    const text = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of a quiet page, long enough to count as the article's own text for the reader.</p>`).join('');
    const html = `<html><head><title>Quiet page</title><link rel="stylesheet" href="${base}/beacon/style.css">
<script src="${base}/beacon/script.js"></script><script>fetch('${base}/beacon/inline'); document.title = 'Hijacked';</script></head>
<body><h1>Quiet page</h1><img src="${base}/beacon/image.png"><iframe src="${base}/beacon/frame.html"></iframe><article>${text}</article></body></html>`;
    const article = readWebPage(new TextEncoder().encode(html), { file: 'quiet.html', overrides: { published: '2024-01-01' }, address: `${base}/quiet` });
    expect(article.title).toBe('Quiet page');
    // a request of our own after the page was read: the server has seen anything the page sent before it
    await fetchResource(`${base}/pages/amp.html`, 'page');
    expect(paths.filter((path) => path.startsWith('/beacon'))).toEqual([]);
  });

  it('reads a feed only as a feed', async () => {
    await expect(fetchResource(`${base}/pages/amp.html`, 'feed')).rejects.toThrow('This is not an RSS or Atom feed but text/html.');
  });
});

/** Runs scripts/ingest.ts without blocking this process, whose server must answer it. */
function runIngest(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('scripts/ingest.ts'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run ingest -- URL and --feed', () => {
  it('ingests a page by address, then the feed items since a day, skipping those already ingested', async () => {
    const cwd = tempDir('feed');
    const page = await runIngest(cwd, [`${base}/pages/jsonld-graph.html`]);
    expect(page).toMatchObject({ code: 0, stdout: 'created content/articles/2024-03-12-harbour-board-closes-old-ferry-slip-for-repairs.md (6 paragraphs)\n' });

    const first = await runIngest(cwd, ['--feed', `${base}/feed.xml`, '--since', '2022-01-01']);
    expect(first.stdout).toBe(
      'already ingested: https://harbourledger.example/news/2024/03/ferry-slip-closed\n' +
        'created content/articles/2022-09-30-northmere-library-to-open-late-on-weekdays.md (5 paragraphs)\n' +
        'created content/articles/2025-02-07-fenwick-to-plant-four-thousand-street-trees.md (6 paragraphs)\n' +
        'created content/articles/2023-11-04-valley-cinema-to-reopen-under-volunteer-trust.md (5 paragraphs)\n',
    );
    expect(first.code).toBe(0);

    const later = await runIngest(cwd, ['--feed', `${base}/feed.xml`, '--since', '2024-01-01']);
    expect(later).toMatchObject({
      code: 0,
      stdout:
        'already ingested: https://harbourledger.example/news/2024/03/ferry-slip-closed\n' +
        'already ingested: content/articles/2025-02-07-fenwick-to-plant-four-thousand-street-trees.md\n',
    });
  }, 60_000);
});
