// axe-core in real Chromium, light and dark: no serious or critical violation on home, the indexes, one page
// of each type, an article, the timeline, search, map and graph. Also: no horizontal scroll at 390 px, the
// theme toggle switches and remembers, the timeline filter narrows in place, and a Related view gets its drawing.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { readKb } from '../helpers/site-files.ts';
import { samplePages } from '../helpers/sample-pages.ts';
import { NEIGHBOURS_IN_GRAPH } from '../../src/lib/bounds.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pages = samplePages(readKb(siteDir));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  it('axe finds no serious or critical violation', async () => {
    // The site's CSP forbids inline scripts, so the test lets the browser inject axe past it.
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      await page.addScriptTag({ path: axePath });
      const result = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as AxeResult;
      for (const v of result.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${path}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('nothing scrolls sideways at 390 px', async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

describe('progressive enhancements', () => {
  it('the theme toggle switches to the other scheme and is remembered on the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background()).not.toBe(light);
    await page.goto(`${siteUrl}/timeline/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await context.close();
  });

  it("an entity's Related view is drawn from its list: the strongest entries as named links around the entity", async () => {
    const kb = readKb(siteDir);
    const hub = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${hub.url}`);
    const drawing = page.locator('.related-view svg.graph-svg');
    await drawing.waitFor();
    expect(await drawing.locator('title').first().textContent()).toContain(hub.name);
    const nodes = await drawing.locator('a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), title: a.querySelector('title')?.textContent ?? '' })));
    const listed = await page.locator('.related-view .graph-pair > div > ul > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThanOrEqual(NEIGHBOURS_IN_GRAPH);
    expect(nodes.map((node) => node.href)).toEqual(listed.slice(0, nodes.length));
    for (const node of nodes) expect(node.title.length).toBeGreaterThan(0);
    await page.close();
  });

  it('the timeline filter hides the events that do not name the chosen party or issue, and only those', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/timeline/`);
    const select = page.getByLabel('Show events naming');
    // The least named party or issue on offer (the last option), so that some events are hidden.
    const key = await select.locator('optgroup option').last().getAttribute('value');
    await select.selectOption(key!);
    const chosen = readKb(siteDir).entities.find((entity) => `${entity.type}/${entity.slug}` === key)!;
    const events = page.locator('[data-timeline] > li > ul > li');
    const links = (items: Element[]) => items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    const shown = await events.filter({ visible: true }).evaluateAll(links);
    const hidden = await events.filter({ visible: false }).evaluateAll(links);
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    for (const named of shown) expect(named).toContain(chosen.url);
    for (const named of hidden) expect(named).not.toContain(chosen.url);
    await page.close();
  });
});
