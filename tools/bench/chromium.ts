// Launches Debian's Chromium through playwright-core with the flags this machine needs (no sandbox as
// root, no background network), from `command -v chromium` (or CHROMIUM_PATH); never a downloaded browser.
// The bench's query measurement and the browser tests both start it here.
import { execSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || execSync('command -v chromium || command -v chromium-browser || true', { encoding: 'utf8', shell: '/bin/sh' }).trim();
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
