// In real Chromium on the built site: /search/ restores its query from the URL, a type facet narrows the
// results and its count equals what it shows, a result opens with the terms marked, and without
// JavaScript the page says so and links the browsable indexes.
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { resultPaths, searchPage, settled, showAll } from './search-helpers.ts';

const siteUrl = inject('siteUrl');
const chrome = useChromium();

const facetCount = async (type: string) => Number(await chrome.page.locator(`[data-facet-count="${type}"]`).textContent());

describe('/search/', () => {
  it('restores the query, type and sort from the URL and shows their results', async () => {
    const results = await searchPage(chrome.page, siteUrl, { q: 'hamas', type: 'party', sort: 'date' });
    await expect(chrome.page.locator('#search-page-q').inputValue()).resolves.toBe('hamas');
    await expect(chrome.page.locator('input[name=type][value=party]').isChecked()).resolves.toBe(true);
    await expect(chrome.page.locator('select[name=sort]').inputValue()).resolves.toBe('date');
    expect(results.length).toBeGreaterThan(0);
    for (const path of results) expect(path).toMatch(/\/parties\//);
    await expect(chrome.page.locator('[data-search-page-status]').textContent()).resolves.toMatch(/^\d+ pages? for “hamas” among parties/);
  });

  it('narrows by type from the UI, with facet counts equal to the results shown, for every type', async () => {
    await searchPage(chrome.page, siteUrl, { q: 'Gaza' });
    const all = (await resultPaths(chrome.page)).length;
    expect(await facetCount('')).toBe(all);
    const types = ['article', 'party', 'place', 'date', 'issue'];
    const counts = Object.fromEntries(await Promise.all(types.map(async (type) => [type, await facetCount(type)] as const)));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all);
    expect(Object.values(counts).filter((count) => count > 0).length).toBeGreaterThan(1);
    for (const type of types) {
      await chrome.page.locator(`input[name=type][value=${type}]`).check();
      await settled(chrome.page);
      const shown = (await showAll(chrome.page)).length;
      expect(shown, type).toBe(counts[type]);
      expect(await chrome.page.locator('[data-search-results] > li > .tag').allTextContents()).toEqual(Array(shown).fill(type));
      // The other types keep their counts while one is chosen.
      for (const other of types) expect(await facetCount(other), `${other} while ${type}`).toBe(counts[other]);
      expect(new URL(chrome.page.url()).searchParams.get('type')).toBe(type);
    }
  });

  it('fetches only the type filter with a query, and the other filters when "More filters" opens', async () => {
    const fresh = await chrome.browser.newPage();
    const filters: string[] = [];
    fresh.on('requestfinished', (request) => {
      if (request.url().includes('/pagefind/filter/')) filters.push(request.url());
    });
    await searchPage(fresh, siteUrl, { q: 'Gaza' });
    expect(filters).toHaveLength(1);
    expect(Number(await fresh.locator('[data-facet-count="article"]').textContent())).toBeGreaterThan(0);
    await fresh.locator('[data-search-narrow] summary').click();
    await fresh.locator('select[name=year]').waitFor({ state: 'visible' });
    expect(filters.length).toBeGreaterThan(1);
    await fresh.close();
  });

  it('narrows by year too, under "More filters", the count beside each year equal to the results it shows, kept in the URL', async () => {
    await searchPage(chrome.page, siteUrl, { q: 'Gaza' });
    // The kind, year and outlet filters are not fetched with a query, only when the reader asks for them.
    await expect(chrome.page.locator('select[name=year]').isVisible()).resolves.toBe(false);
    await chrome.page.locator('[data-search-narrow] summary').click();
    await chrome.page.locator('select[name=year]').waitFor({ state: 'visible' });
    await settled(chrome.page);
    const years = await chrome.page.locator('select[name=year] option').evaluateAll((options) =>
      options.map((o) => [(o as HTMLOptionElement).value, (o as HTMLOptionElement).text] as const).filter(([value]) => value),
    );
    expect(years.length).toBeGreaterThan(0);
    for (const [year, label] of years) {
      await chrome.page.locator('select[name=year]').selectOption(year);
      await settled(chrome.page);
      expect(await chrome.page.locator('[data-search-results] > li').count(), label).toBe(Number(/\((\d+)\)/.exec(label)![1]));
      expect(new URL(chrome.page.url()).searchParams.get('year')).toBe(year);
    }
    await chrome.page.reload();
    await settled(chrome.page);
    await expect(chrome.page.locator('[data-search-narrow]').getAttribute('open')).resolves.toBe('');
    await expect(chrome.page.locator('select[name=year]').inputValue()).resolves.toBe(years.at(-1)![0]);
  });

  it('keeps a typed query in the URL, so it can be shared', async () => {
    await chrome.page.goto(`${siteUrl}/search/`);
    await chrome.page.locator('#search-page-q').fill('Cairo');
    await settled(chrome.page);
    expect(new URL(chrome.page.url()).searchParams.get('q')).toBe('Cairo');
    await chrome.page.goto(chrome.page.url());
    await settled(chrome.page);
    await expect(chrome.page.locator('#search-page-q').inputValue()).resolves.toBe('Cairo');
    expect((await resultPaths(chrome.page)).length).toBeGreaterThan(0);
  });

  it('marks the terms in excerpts and on the page a result opens', async () => {
    await searchPage(chrome.page, siteUrl, { q: 'Cairo' });
    await expect(chrome.page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/cairo/i);
    await chrome.page.locator('[data-search-results] > li > a').first().click();
    await chrome.page.waitForURL(/highlight=/);
    await chrome.page.locator('mark.search-hit').first().waitFor();
    await expect(chrome.page.locator('mark.search-hit').first().textContent()).resolves.toMatch(/cairo/i);
  });

  it('links article results to the paragraphs that match', async () => {
    await searchPage(chrome.page, siteUrl, { q: 'Philadelphi', type: 'article' });
    const paragraphs = await chrome.page.locator('[data-search-results] li li a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const hash of paragraphs) expect(hash).toMatch(/^#p\d+$/);
  });

  it('says plainly without JavaScript that search needs it, and links the indexes', async () => {
    const context = await chrome.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${siteUrl}/search/?q=hamas`);
    const notice = plain.locator('.search-page .notice');
    await expect(notice.textContent()).resolves.toContain('Search needs JavaScript');
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/articles/', '/parties/', '/places/', '/dates/', '/issues/']));
    if (existsSync('src/pages/timeline/index.astro') || existsSync('src/pages/timeline.astro')) expect(links).toContain('/timeline/');
    await context.close();
  });
});
