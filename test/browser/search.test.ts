// In real Chromium on the built site: a name typed into the home page's search box finds its entity
// page, and following the result opens it.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { readKb } from '../helpers/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const chrome = useChromium();

function entityUrl(type: string, test: (name: string) => boolean): string {
  const entity = readKb(siteDir).entities.find((e) => e.type === type && test(e.name));
  if (!entity) throw new Error(`no ${type} page matching the test`);
  return entity.url;
}

async function searchFromHome(query: string): Promise<string[]> {
  await chrome.page.goto(`${siteUrl}/`);
  const box = chrome.page.getByRole('combobox', { name: 'Search the dossier' });
  await box.fill(query);
  await chrome.page.locator('#site-search-results a').first().waitFor({ state: 'visible', timeout: 15_000 });
  return chrome.page.locator('#site-search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search from the home page', () => {
  it.each([
    ['Hamdan', 'party', (name: string) => name.includes('Hamdan')],
    ['Cairo', 'place', (name: string) => name === 'Cairo'],
    ['Philadelphi', 'place', (name: string) => name.includes('Philadelphi')],
  ])('"%s" finds the %s page first', async (query, type, test) => {
    const results = await searchFromHome(query);
    expect(results[0]).toBe(entityUrl(type, test));
  });

  it('"Philadelphi" also finds the issue about the corridor', async () => {
    const results = await searchFromHome('Philadelphi');
    expect(results).toContain(entityUrl('issue', (name) => name.includes('Philadelphi')));
  });

  it('follows a result to its page', async () => {
    await searchFromHome('Hamdan');
    await chrome.page.locator('#site-search-results a').first().click();
    await chrome.page.waitForURL(/\/parties\//);
    await expect(chrome.page.locator('h1').textContent()).resolves.toContain('Hamdan');
  });

  it('opens the top result with the keyboard', async () => {
    await searchFromHome('Cairo');
    await chrome.page.keyboard.press('ArrowDown');
    await chrome.page.keyboard.press('Enter');
    await chrome.page.waitForURL(/\/places\//);
    await expect(chrome.page.locator('h1').textContent()).resolves.toContain('Cairo');
  });
});
