// Hover previews of entity links, a progressive enhancement: hovering or focusing a mention shows the
// linked page's name and type in a tooltip; the link itself works without it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { readKb } from '../helpers/site-files.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('entity link previews', () => {
  it('show the linked page on hover and on keyboard focus, and hide on Escape', async () => {
    const kb = readKb(siteDir);
    const hamas = kb.entities.find((entity) => entity.name === 'Hamas')!;
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${kb.articles[0]!.url}`);
    const link = page.locator(`.article-text a.mention[href="${hamas.url}"]`).first();
    const tip = page.locator('#link-preview');

    await link.hover();
    await expect(tip.waitFor({ state: 'visible', timeout: 5_000 })).resolves.toBeUndefined();
    await expect(tip.locator('strong').textContent()).resolves.toBe('Hamas');
    await expect(tip.textContent()).resolves.toContain('party');
    await expect(link.getAttribute('aria-describedby')).resolves.toBe('link-preview');

    await page.keyboard.press('Escape');
    await expect(tip.waitFor({ state: 'hidden', timeout: 5_000 })).resolves.toBeUndefined();

    await page.mouse.move(0, 0);
    await link.focus();
    await expect(tip.waitFor({ state: 'visible', timeout: 5_000 })).resolves.toBeUndefined();

    // Without the script the link is an ordinary link to the page.
    await link.click();
    await page.waitForURL(`${siteUrl}${hamas.url}`);
    await page.close();
  });
});
