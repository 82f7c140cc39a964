// Chromium for the browser tests: the launcher the bench uses (tools/bench/chromium.ts), and one page per test file.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/bench/chromium.ts';

export { launchChromium };

/** Chromium with one open page. */
async function openChromium(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  return { browser, page: await browser.newPage() };
}

/** One Chromium page for the tests of a file: opened before they run, closed after. */
export function useChromium(): { browser: Browser; page: Page } {
  const session = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    Object.assign(session, await openChromium());
  });
  afterAll(() => session.browser?.close());
  return session;
}
