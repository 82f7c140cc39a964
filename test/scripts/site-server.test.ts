// The handler of `npm run serve` against each state of the folders a build's swap goes through (see
// scripts/publish-site.ts): the published site, the moment with no dist/ (the old and the new site beside it), and
// a first build still writing dist.next/ with nothing published yet.
import { once } from 'node:events';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { siteHandler } from '../../scripts/site-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';

function page(title: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><p>${title}</p></body></html>\n`;
}

function writeSite(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
}

async function serve(outDir: string): Promise<string> {
  const server = createServer(siteHandler(outDir)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(url: string, init?: RequestInit): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('the site server', () => {
  it('answers from the published folder: whole files with their length, folders by their index, misses with 404.html', async () => {
    const root = tempDir('site-server');
    const outDir = join(root, 'dist');
    writeSite(outDir, { 'index.html': page('Home'), 'parties/velmor-front/index.html': page('Velmor Front'), '404.html': page('Not here'), '_astro/site.1a2b.css': 'p{}' });
    const base = await serve(outDir);

    const party = await get(`${base}/parties/velmor-front/`);
    expect(party.status).toBe(200);
    expect(party.body).toBe(page('Velmor Front'));
    expect(party.headers.get('content-length')).toBe(String(Buffer.byteLength(page('Velmor Front'))));
    expect(party.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(party.headers.get('cache-control')).toBe('no-cache');

    const bare = await get(`${base}/parties/velmor-front?from=feed`);
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/parties/velmor-front/?from=feed');

    const missing = await get(`${base}/parties/nobody/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(page('Not here'));

    expect((await get(`${base}/_astro/site.1a2b.css`)).headers.get('cache-control')).toContain('immutable');
    expect((await get(`${base}/..%2f..%2fetc/passwd`)).status).toBe(404);
    expect((await get(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('revalidates by ETag and serves a page added after it started', async () => {
    const outDir = join(tempDir('site-server'), 'dist');
    writeSite(outDir, { 'index.html': page('Home') });
    const base = await serve(outDir);

    const first = await get(`${base}/`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await get(`${base}/`, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    expect((await get(`${base}/places/norvan/`)).status).toBe(404);
    writeSite(outDir, { 'places/norvan/index.html': page('Norvan'), 'index.html': page('Home, rebuilt') });
    expect((await get(`${base}/places/norvan/`)).body).toBe(page('Norvan'));
    const rebuilt = await get(`${base}/`, { headers: { 'If-None-Match': etag } });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toBe(page('Home, rebuilt'));
  });

  it('while the swap leaves no dist/, answers from the new site and the old one beside it', async () => {
    const root = tempDir('site-server');
    const outDir = join(root, 'dist');
    writeSite(join(root, 'dist.old'), { 'index.html': page('Home, old'), 'parties/gone/index.html': page('Gone'), '404.html': page('Not here') });
    writeSite(join(root, 'dist.next'), { 'index.html': page('Home, new'), 'parties/new/index.html': page('New'), '404.html': page('Not here') });
    const base = await serve(outDir);

    expect((await get(`${base}/`)).body).toBe(page('Home, new'));
    expect((await get(`${base}/parties/new/`)).body).toBe(page('New'));
    expect((await get(`${base}/parties/gone/`)).body).toBe(page('Gone'));
    expect((await get(`${base}/parties/never/`)).status).toBe(404);

    // The swap's second step: dist.next becomes dist/, and only the new site answers.
    renameSync(join(root, 'dist.next'), outDir);
    rmSync(join(root, 'dist.old'), { recursive: true });
    expect((await get(`${base}/parties/gone/`)).status).toBe(404);
    expect((await get(`${base}/parties/new/`)).body).toBe(page('New'));
  });

  it('never reads dist.next/ while a first build writes it (nothing published yet)', async () => {
    const root = tempDir('site-server');
    writeSite(join(root, 'dist.next'), { 'index.html': '<!doctype html><html><head><title>Ha' });
    const base = await serve(join(root, 'dist'));
    const answer = await get(`${base}/`);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('<title>Ha');
  });
});
