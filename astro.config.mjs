// Astro configuration for the Dossier site. The base path (GitHub Pages project sites) and the public
// address come from the environment, so the same content builds for localhost and for a hosted site.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const base = process.env.DOSSIER_BASE || '/';
const site = process.env.DOSSIER_SITE || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  // Astro's content cache belongs to this checkout and this base path: builds of other trees (tests'
  // scratch copies share node_modules) or of another base never read each other's cached entries.
  cacheDir: `./.cache/astro/${base === '/' ? 'root' : base.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`,
  trailingSlash: 'always',
  // Four pages render at a time, so one page's file writes overlap the next one's rendering; one at a time,
  // the build sat idle a fifth of its run (1,000 articles: 28.6 s → 24.5 s; `npm run bench` prints the
  // baseline both with Astro's default and with this setting).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // The MDX integration is kept for MDX pages the site itself may add; content pages are rendered by
  // Dossier's own unified pipelines (src/loaders/content-file-loader.ts).
  integrations: [mdx()],
  // Content errors should stop the build loudly; the dev toolbar has no place in a static archive.
  devToolbar: { enabled: false },
  // Scripts and styles go to files of their own, fetched once and cached, never inlined into each of the
  // thousands of pages (Vite inlines anything under 4 KiB by default). With no inline script or style left,
  // every page carries one short Content-Security-Policy (src/layouts/Base.astro) instead of Astro's, which
  // listed the hash of every script of the site on each page.
  vite: { build: { assetsInlineLimit: 0 } },
  // No code is highlighted: articles are prose, and Shiki's inline styles would break the page's
  // Content-Security-Policy (src/layouts/Base.astro).
  markdown: { syntaxHighlight: false },
});
