// Parses untrusted page HTML into an inert DOM: jsdom with scripts never run and nothing fetched.

import { createRequire } from 'node:module';

/** jsdom takes about a second to load: it is required on the first page read, so plain-text ingest never pays for it. */
const require = createRequire(import.meta.url);

/**
 * The DOM of `html`. jsdom runs no script unless asked (`runScripts` is left unset) and loads no image, style
 * sheet or frame unless given a resource loader (none is); the page's CSS errors are not printed. `address`
 * only resolves the page's relative links.
 */
export function parseHtml(html: string, address?: string): Document {
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { ...(address ? { url: address } : {}), virtualConsole }).window.document;
}
