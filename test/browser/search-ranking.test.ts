// In real Chromium on the built site: for a name of each type the entity page is the top full-text result
// on /search/, above the articles that mention it, and Pagefind's type filter works from the JS API.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { entityUrls, searchPage } from './search-helpers.ts';
import { readKb } from '../helpers/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const chrome = useChromium();

describe('the entity page ranks first for its own name', () => {
  it.each([
    ['Hamdan', () => entityUrls(siteDir, 'party', (e) => e.name === 'Osama Hamdan')],
    ['Cairo', () => entityUrls(siteDir, 'place', (e) => e.name === 'Cairo')],
    [
      'Philadelphi',
      () => [
        ...entityUrls(siteDir, 'place', (e) => e.name.includes('Philadelphi')),
        ...entityUrls(siteDir, 'issue', (e) => e.name.includes('Philadelphi')),
      ],
    ],
    ['prisoners', () => entityUrls(siteDir, 'issue', (e) => e.name.toLowerCase().includes('prisoners'))],
    ['August 25, 2024', () => entityUrls(siteDir, 'date', (e) => e.date === '2024-08-25')],
  ])('"%s"', async (query, expected) => {
    const results = await searchPage(chrome.page, siteUrl, { q: query });
    expect(expected()).toContain(results[0]);
  });
});

// Run in the page as source text: the test runner would otherwise rewrite import() for Node.
function inPage<T>(body: string): Promise<T> {
  return chrome.page.evaluate(`(async () => { const pagefind = await import('/pagefind/pagefind.js'); ${body} })()`) as Promise<T>;
}

describe('the JavaScript API', () => {
  it('filters by type: only parties, as many as the type count says', async () => {
    await chrome.page.goto(`${siteUrl}/search/`);
    const found = await inPage<{ everything: number; partyCount: number; types: string[][] }>(`
      await pagefind.filters();
      const all = await pagefind.search('Hamas');
      const parties = await pagefind.search('Hamas', { filters: { type: 'party' } });
      const data = await Promise.all(parties.results.map((result) => result.data()));
      return { everything: all.results.length, partyCount: all.totalFilters.type.party, types: data.map((d) => d.filters.type) };
    `);
    expect(found.types.length).toBeGreaterThan(0);
    expect(found.types.length).toBeLessThan(found.everything);
    expect(found.types.length).toBe(found.partyCount);
    for (const types of found.types) expect(types).toEqual(['party']);
  });

  it('keeps every page when sorting by date (each page carries the sort key)', async () => {
    await chrome.page.goto(`${siteUrl}/search/`);
    const [everything, everythingByDate, byRelevance, byDate] = await inPage<number[]>(`
      const counts = [];
      for (const query of [null, '2024']) {
        counts.push((await pagefind.search(query)).results.length);
        counts.push((await pagefind.search(query, { sort: { date: 'desc' } })).results.length);
      }
      return counts;
    `);
    expect(everything).toBe(readKb(siteDir).articles.length + readKb(siteDir).entities.length);
    expect(everythingByDate).toBe(everything);
    expect(byRelevance).toBeGreaterThan(0);
    expect(byDate).toBe(byRelevance);
  });
});
