// Shared by the search browser tests: entity URLs looked up in the built kb.json by name (never a
// hard-coded slug), and /search/ driven to a settled state.
import type { Page } from 'playwright-core';
import { readKb } from '../helpers/site-files.ts';

export function entityUrls(siteDir: string, type: string, test: (entity: { name: string; date?: string }) => boolean): string[] {
  const urls = readKb(siteDir)
    .entities.filter((entity) => entity.type === type && test(entity))
    .map((entity) => entity.url);
  if (urls.length === 0) throw new Error(`kb.json has no ${type} page matching the test`);
  return urls;
}

/** Waits until /search/ has answered its current query (the results list is no longer busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false', undefined, {
    timeout: 15_000,
  });
}

/** Opens /search/ with these parameters and returns the paths of the page results, in order. */
export async function searchPage(page: Page, siteUrl: string, params: Record<string, string>): Promise<string[]> {
  await page.goto(`${siteUrl}/search/?${new URLSearchParams(params)}`);
  await settled(page);
  return showAll(page);
}

/** Asks for more results until every one is shown; returns the paths of the page results, in order. */
export async function showAll(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  return resultPaths(page);
}

export function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
