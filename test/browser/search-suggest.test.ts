// In real Chromium on the built site: typo'd and transliterated names suggest their entity from the names
// index (which holds no alias for those spellings), and search is driven from the keyboard: "/" and
// Ctrl+K focus it, arrows move, Enter opens, Escape closes, and the result count is announced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { entityUrls } from './search-helpers.ts';
import { readKb } from '../helpers/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const chrome = useChromium();

const TYPOS: [string, string, (name: string) => boolean][] = [
  ['Reshik', 'party', (name) => name.includes('Reshiq')],
  ['Netzarin', 'place', (name) => name.startsWith('Netzarim')],
  ['Quatar', 'party', (name) => name === 'Qatar'],
  ['Hamdaan', 'party', (name) => name === 'Osama Hamdan'],
];

describe('entity suggestions', () => {
  it('come from a names index that has no alias for the misspellings', () => {
    const names = JSON.parse(readFileSync(join(siteDir, 'names.json'), 'utf8')) as { entities: string[][] };
    const spellings = [
      ...names.entities.flatMap(([, name, , ...aliases]) => [name!, ...aliases]),
      ...readKb(siteDir).entities.flatMap((entity) => [entity.name, ...entity.aliases]),
    ].map((spelling) => spelling.toLowerCase());
    for (const [typo] of TYPOS) expect(spellings.filter((s) => s.includes(typo.toLowerCase())), typo).toEqual([]);
  });

  it.each(TYPOS)('"%s" typed into /search/ suggests the %s first', async (typo, type, test) => {
    await chrome.page.goto(`${siteUrl}/search/`);
    await chrome.page.locator('#search-page-q').fill(typo);
    const first = chrome.page.locator('[data-search-names] a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href'))!, siteUrl).pathname).toBe(entityUrls(siteDir, type, (e) => test(e.name))[0]);
  });

  it.each(TYPOS)('"%s" typed into the header box suggests the %s first', async (typo, type, test) => {
    await chrome.page.goto(`${siteUrl}/`);
    await chrome.page.getByRole('combobox', { name: 'Search the dossier' }).fill(typo);
    const first = chrome.page.locator('#site-search-results a[role=option]').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href'))!, siteUrl).pathname).toBe(entityUrls(siteDir, type, (e) => test(e.name))[0]);
  });
});

describe('keyboard', () => {
  it('"/" and Ctrl+K focus the search box from any page', async () => {
    const [cairo] = entityUrls(siteDir, 'place', (e) => e.name === 'Cairo');
    await chrome.page.goto(`${siteUrl}${cairo}`);
    await chrome.page.locator('h1').click();
    await chrome.page.keyboard.press('/');
    await expect(chrome.page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await chrome.page.locator('h1').click();
    await chrome.page.keyboard.press('Control+K');
    await expect(chrome.page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await chrome.page.goto(`${siteUrl}/search/`);
    await chrome.page.locator('h1').click();
    await chrome.page.keyboard.press('/');
    await expect(chrome.page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-page-q');
  });

  it('arrows move through suggestions and results, Enter opens, Escape closes, the count is announced', async () => {
    await chrome.page.goto(`${siteUrl}/`);
    const box = chrome.page.getByRole('combobox', { name: 'Search the dossier' });
    await box.focus();
    await chrome.page.keyboard.type('Hamdaan');
    await chrome.page.locator('#site-search-results a[role=option]').first().waitFor();
    await chrome.page.waitForFunction(() => /\d+ names?, \d+ pages? found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await chrome.page.keyboard.press('Escape');
    await expect(chrome.page.locator('#site-search-results').isHidden()).resolves.toBe(true);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await chrome.page.keyboard.press('ArrowDown');
    await expect(chrome.page.locator('#site-search-results').isVisible()).resolves.toBe(true);
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe('site-search-name-0');
    await chrome.page.keyboard.press('Enter');
    await chrome.page.waitForURL(new RegExp(entityUrls(siteDir, 'party', (e) => e.name === 'Osama Hamdan')[0]!));
  });

  it('stays closed after Escape when the full-text results arrive later', async () => {
    const fresh = await chrome.browser.newPage();
    await fresh.goto(`${siteUrl}/`);
    const box = fresh.getByRole('combobox', { name: 'Search the dossier' });
    await box.focus();
    await fresh.keyboard.type('Gaza');
    // The names answer first; Escape before Pagefind (loading for the first time in this page) has answered.
    await fresh.locator('#site-search-results a[role=option]').first().waitFor();
    await fresh.keyboard.press('Escape');
    await fresh.waitForLoadState('networkidle');
    await fresh.waitForTimeout(300);
    await expect(fresh.locator('#site-search-results').isHidden()).resolves.toBe(true);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await fresh.close();
  });

  it('moves from the /search/ field down through the result links', async () => {
    await chrome.page.goto(`${siteUrl}/search/?q=Cairo`);
    await chrome.page.locator('[data-search-results] > li > a').first().waitFor();
    await chrome.page.locator('#search-page-q').focus();
    await chrome.page.keyboard.press('ArrowDown');
    const first = await chrome.page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(first).toContain('/places/');
    await chrome.page.keyboard.press('ArrowUp');
    await expect(chrome.page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-page-q');
  });
});
