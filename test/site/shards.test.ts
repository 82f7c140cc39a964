// A sharded build, end to end: six invented articles of two periods (test/fixtures/shards) built as shard 1/2
// and shard 2/2 by the real build command, merged by `npm run merge`'s entry point, and the merged site checked:
// every page comes from the shard owning it, the manifest lists both kb parts and their union is the graph's
// kb.json, no link is broken, and in Chromium one search box finds the entities of both shards. One pair of
// shard builds serves every test here; the merge's refusals are checked on copies of those shards.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbJson, type KbJson } from '../../src/kb/graph/kb-json.ts';
import type { KbManifest, KbPart } from '../../src/kb/graph/kb-parts.ts';
import { noAnalysisCache } from '../../src/kb/pipeline/extract-all.ts';
import { knowledgeFromDisk } from '../../src/kb/pipeline/knowledge-from-disk.ts';
import { TYPE_FOLDER, type EntityType } from '../../src/kb/types.ts';
import { launchChromium } from '../browser/chromium.ts';
import { resultPaths, settled } from '../browser/search-helpers.ts';
import { crawl } from '../helpers/crawl.ts';
import { fileFor } from '../helpers/site-files.ts';
import { scratchProject } from '../helpers/scratch-project.ts';
import { serveDir, type ServedDir } from '../helpers/serve-dir.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'shards');
const project = scratchProject();
const shardDir = (index: number) => join(project.root, `shard-${index}`);
const siteDir = join(project.root, 'dist');
let server: ServedDir | undefined;
let siteUrl = '';
let browser: Browser;
let page: Page;

function run(script: string, args: string[], env: Record<string, string> = {}): string {
  const result = project.run(script, args, env);
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  const texts = readdirSync(FIXTURES);
  for (const name of texts) project.write(`inbox/${name}`, readFileSync(join(FIXTURES, name)));
  run('scripts/ingest.ts', texts.map((name) => `inbox/${name}`));
  for (const index of [1, 2]) run('scripts/build.ts', ['--shard', `${index}/2`], { DOSSIER_OUT_DIR: shardDir(index) });
  run('scripts/merge-shards.ts', [shardDir(1), shardDir(2), '--out', siteDir]);
  server = await serveDir(siteDir);
  siteUrl = server.url;
  browser = await launchChromium();
  page = await browser.newPage();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.remove();
});

const json = <T>(dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const part = (index: number) => json<KbPart>(siteDir, `kb/part-${index}.json`);
const entityPath = (entity: { type: string; slug: string }) => `${TYPE_FOLDER[entity.type as EntityType]}/${entity.slug}/index.html`;

describe('the parts and the manifest', () => {
  it('the manifest lists both parts, their search bundles and counts, and a sharded site has no whole /kb.json', () => {
    const manifest = json<KbManifest>(siteDir, 'kb/manifest.json');
    expect(manifest.shards).toBe(2);
    expect(manifest.parts.map((p) => [p.shard, p.url, p.search])).toEqual([
      [1, '/kb/part-1.json', '/pagefind/'],
      [2, '/kb/part-2.json', '/pagefind-2/'],
    ]);
    for (const entry of manifest.parts) {
      expect(part(entry.shard).shard).toEqual({ index: entry.shard, count: 2 });
      expect(part(entry.shard).articles).toHaveLength(entry.articles);
      expect(part(entry.shard).entities).toHaveLength(entry.entities);
      expect(existsSync(join(siteDir, entry.search, 'pagefind-entry.json'))).toBe(true);
    }
    expect(existsSync(join(siteDir, 'kb.json'))).toBe(false);
  });

  it("each part's articles and entities are the pages its own shard rendered, and the other shard did not", () => {
    for (const [mine, other] of [[1, 2], [2, 1]] as const) {
      const { articles, entities } = part(mine);
      expect(articles.length).toBeGreaterThan(0);
      expect(entities.length).toBeGreaterThan(0);
      for (const article of articles) {
        expect(existsSync(join(shardDir(mine), 'articles', article.slug, 'index.html')), article.slug).toBe(true);
        expect(existsSync(join(shardDir(other), 'articles', article.slug, 'index.html')), article.slug).toBe(false);
      }
      for (const entity of entities) {
        expect(existsSync(join(shardDir(mine), entityPath(entity))), entity.url).toBe(true);
        expect(existsSync(join(shardDir(other), entityPath(entity))), entity.url).toBe(false);
      }
    }
    // Articles split by period: every article of shard 1 is older than every article of shard 2.
    const newestOfFirst = part(1).articles.map((a) => a.published).sort().at(-1)!;
    expect(part(2).articles.every((a) => a.published > newestOfFirst)).toBe(true);
    // The site-wide pages come from shard 1 alone.
    for (const file of ['index.html', 'search/index.html', '404.html', 'sitemap.xml', 'names.json', 'parties/index.html']) {
      expect(existsSync(join(shardDir(1), file)), file).toBe(true);
      expect(existsSync(join(shardDir(2), file)), file).toBe(false);
    }
  });

  it("the parts together hold exactly the kb.json of the graph computed from the same content", () => {
    const whole = kbJson(knowledgeFromDisk(project.root, noAnalysisCache), '/');
    const union = (field: keyof KbJson) => [part(1), part(2)].flatMap((p) => p[field] as unknown[]).map((x) => JSON.stringify(x)).sort();
    const all = (field: keyof KbJson) => (whole[field] as unknown[]).map((x) => JSON.stringify(x)).sort();
    for (const field of ['articles', 'entities', 'relations', 'positions', 'changes'] as const) {
      expect(union(field), field).toEqual(all(field));
    }
    expect(whole.entities.length).toBeGreaterThan(10);
    expect(whole.positions.length).toBeGreaterThan(0);
  });
});

describe('the merged site', () => {
  it('has no broken link, links across shards included, and no page left unreachable', () => {
    const result = crawl(siteDir);
    expect(result.broken).toEqual([]);
    expect(result.outsideBase).toEqual([]);
    expect(result.unreachable).toEqual([]);
    // A page of shard 2 links pages of shard 1: the article recalling the ferry talks in Brevanne links that place.
    const crossLinked = part(2).articles.some((article) => {
      const html = readFileSync(join(siteDir, fileFor(siteDir, `/articles/${article.slug}/`)!), 'utf8');
      return part(1).entities.some((entity) => html.includes(`href="${entity.url}"`));
    });
    expect(crossLinked).toBe(true);
  });

  // A person of each shard, mentioned in that shard's articles, looked up by what the parts say.
  const personOf = (index: number) => {
    const person = part(index).entities.find((e) => e.type === 'party' && e.kind === 'person' && e.mentions.length > 1);
    if (!person) throw new Error(`part ${index} has no person mentioned twice`);
    return person;
  };

  it.each([1, 2])("/search/ finds shard %i's person among the parties, from that shard's own index", async (index) => {
    const person = personOf(index);
    await page.goto(`${siteUrl}/search/?${new URLSearchParams({ q: person.name, type: 'party' })}`);
    await settled(page);
    expect(await resultPaths(page)).toContain(person.url);
  });

  it.each([1, 2])("the header search box finds shard %i's person and the articles naming them", async (index) => {
    const person = personOf(index);
    await page.goto(`${siteUrl}/`);
    await page.getByRole('combobox', { name: 'Search the dossier' }).fill(person.name.split(' ').at(-1)!);
    await page.waitForFunction(() => /[1-9]\d* pages? found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const hrefs = await page.locator('#site-search-results a[role=option]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(person.url);
    const articles = new Set(person.mentions.map((m) => `/articles/${m.article}/`));
    expect(hrefs.some((href) => articles.has(href))).toBe(true);
  });
});

describe('npm run merge refuses', () => {
  it('a shard missing: the manifest names the part that is not there, and the output folder stays as it was', () => {
    const out = join(project.root, 'half');
    const result = project.run('scripts/merge-shards.ts', [shardDir(1), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('kb/part-2.json (shard 2 of 2) is missing');
    expect(existsSync(out)).toBe(false);
  });

  it('a path two shards hold with different bytes, naming both shards', () => {
    const copy = join(project.root, 'shard-2-altered');
    cpSync(shardDir(2), copy, { recursive: true });
    const shared = readdirSync(join(copy, '_astro')).find((file) => existsSync(join(shardDir(1), '_astro', file)))!;
    writeFileSync(join(copy, '_astro', shared), '/* altered */');
    const result = project.run('scripts/merge-shards.ts', [shardDir(1), copy, '--out', join(project.root, 'clash')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`_astro/${shared} differs between ${shardDir(1)} and ${copy}`);
  });
});
