// Launches Debian's Chromium through playwright-core with the flags this machine needs (no sandbox as
// root, no background network), from `command -v chromium`; never a downloaded browser.
import { execSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  if (!path) throw new Error('Chromium is not installed: run `apt-get install -y chromium`.');
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Chromium with one open page, for a test file's beforeAll; close it with `browser.close()` in afterAll. */
export async function openChromium(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  return { browser, page: await browser.newPage() };
}
