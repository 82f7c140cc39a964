// Two invented stories built into one site (test/fixtures/two-stories: four articles, two story files): a
// party's stance on an issue changes between two articles, and the built issue and party pages show the
// change with both quotes and dates; the home page gives each story its glance; and the pages this adds pass
// axe-core (no serious or critical violation) and the Nu HTML Checker, light and dark, with no sideways
// scroll at 390 px. One build serves every test here (the shared site build holds only the seed).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Element } from 'hast';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'two-stories');
const project = scratchProject();
const siteDir = join(project.root, 'dist');
let server: Server;
let siteUrl = '';
let browser: Browser;

beforeAll(async () => {
  const texts = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));
  for (const name of readdirSync(FIXTURES)) project.write(name.endsWith('.mdx') ? `content/stories/${name}` : `inbox/${name}`, readFileSync(join(FIXTURES, name)));
  const ingest = project.run('scripts/ingest.ts', texts.map((name) => `inbox/${name}`));
  if (ingest.status !== 0) throw new Error(ingest.stderr);
  const build = project.run('scripts/build.ts');
  if (build.status !== 0) throw new Error(`${build.stdout}\n${build.stderr}`);
  const serve = sirv(siteDir, { dev: true, etag: false });
  server = createServer((request, response) => serve(request, response, () => {
    response.statusCode = 404;
    response.end('Not found');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  project.remove();
});

const page = (path: string) => readHtml(siteDir, fileFor(siteDir, path)!);
const kb = () => readKb(siteDir);
const entity = (type: string, pattern: RegExp) => kb().entities.find((e) => e.type === type && pattern.test(e.name))!;
const section = (tree: ReturnType<typeof page>, className: string) => elements(tree, (el) => el.tagName === 'section' && String(el.properties['className']).split(' ').includes(className));

describe('a change of position', () => {
  it('the built issue page shows the Velmor Front turning from rejects to demands, with both quotes, dates and paragraphs', () => {
    const issue = entity('issue', /^Release of Norvan prisoners$/i);
    const article = (day: string) => kb().articles.find((a) => a.published === day)!;
    const [before, after] = [article('2025-03-03'), article('2025-03-20')];
    const sections = section(page(issue.url), 'changes');
    expect(sections).toHaveLength(1);
    const changes = sections[0]!;
    const text = textOf(changes).replace(/\s+/g, ' ');
    expect(text).toContain('Velmor Front on');
    expect(text).toContain('rejects → demands');
    expect(text).toContain('The Velmor Front rejected the release of Norvan prisoners on Monday');
    expect(text).toContain('The Velmor Front demanded the release of Norvan prisoners on Thursday');
    expect(text).toMatch(/Before, 2025-03-03, Lantern Wire: rejects.*Then, 2025-03-20, Harbour Post: demands/);
    const hrefs = elements(changes, (el) => el.tagName === 'a').map((a) => String(a.properties['href']));
    expect(hrefs).toContain(`/articles/${before.slug}/#p1`);
    expect(hrefs).toContain(`/articles/${after.slug}/#p1`);
    // The Norvan government demanded the same both times: no change of its own.
    expect(text).not.toContain('Norvan on');
  });

  it("the party's page shows it too, kb.json lists it, and the who-wants-what cell is marked", () => {
    const front = entity('party', /^Velmor Front$/);
    expect(textOf(section(page(front.url), 'changes')[0]!)).toContain('rejects → demands');
    const changes = kb().changes.filter((c) => c.party === `party/${front.slug}`);
    expect(changes.map((c) => `${c.from.stance}→${c.to.stance}`)).toEqual(['rejects→demands']);
    const row = elements(page('/issues/'), (el) => el.tagName === 'tr' && elements(el, (th) => th.tagName === 'th' && textOf(th) === 'Velmor Front').length > 0)[0]!;
    expect(textOf(row)).toMatch(/demands\s*changed/);
  });
});

describe('coverage', () => {
  it('marks a claim one outlet reported as single-source, and names the outlets of one several reported', () => {
    const issue = entity('issue', /^Release of Norvan prisoners$/i);
    const cells = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'element').map((cell) => textOf(cell).trim());
    const rows = elements(page(issue.url), (el) => el.tagName === 'tr').map((tr) => cells(tr).join(' ').replace(/\s+/g, ' '));
    expect(rows.filter((row) => row.startsWith('Norvan demands'))).toHaveLength(2);
    for (const row of rows.filter((row) => row.startsWith('Norvan demands'))) expect(row).toContain('2 outlets: Harbour Post, Lantern Wire');
    expect(rows.find((row) => row.startsWith('Velmor Front rejects'))).toContain('single source: Lantern Wire');
    expect(textOf(elements(page(issue.url), (el) => el.tagName === 'aside')[0]!).replace(/\s+/g, ' ')).toContain('named by 2 outlets: Harbour Post, Lantern Wire');
  });
});

describe('two stories on the home page', () => {
  it('gives each declared story its glance, with its own parties and its own change', () => {
    const glances = elements(page('/'), (el) => el.tagName === 'section' && String(el.properties['className']) === 'glance');
    const heading = (glance: Element) => textOf(elements(glance, (el) => el.tagName === 'h2')[0]!);
    expect(glances.map(heading)).toEqual(['Korvath prisoner talks 2 articles', 'Selwyn dock strike 2 articles']);
    const [talks, strike] = glances.map((glance) => textOf(glance).replace(/\s+/g, ' '));
    expect(talks).toContain('Velmor Front on');
    expect(talks).not.toContain('Harbour Workers Union');
    expect(strike).toContain('Selwyn Port Authority on');
    expect(strike).toContain('rejects → proposes');
    expect(strike).not.toContain('Velmor Front');
  });
});

describe('the pages with changes and stories', () => {
  // The page types this build adds to the seed's: glances of two stories, changes of position (the 404 page
  // is among the seed's sample pages).
  const paths = () => ['/', '/issues/', entity('issue', /^Release of Norvan prisoners$/i).url, entity('party', /^Velmor Front$/).url, '/graph/'];
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

  it.each(['light', 'dark'] as const)('pass axe-core with no serious or critical violation, and do not scroll sideways at 390 px, %s', async (colorScheme) => {
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
      const tab = await context.newPage();
      for (const path of paths()) {
        await tab.goto(`${siteUrl}${path}`);
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${path} at ${width} px: ${overflow} px sideways`);
        // axe at the wide width, as the site's own accessibility test does: the narrow layout restacks the same markup.
        if (width !== 1280) continue;
        await tab.addScriptTag({ path: axePath });
        const result = (await tab.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as { violations: { id: string; impact: string | null }[] };
        for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${path} at ${width} px: ${v.id} (${v.impact})`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('pass the Nu HTML Checker', () => {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const files = paths().map((path) => join(siteDir, fileFor(siteDir, path)!));
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] }).messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(`file:${siteDir}`, '')}: ${m.message}`)).toEqual([]);
  });
});
