// Astro configuration for the Dossier site. The base path (GitHub Pages project sites) and the public
// address come from the environment, so the same content builds for localhost and for a hosted site.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const base = process.env.DOSSIER_BASE || '/';
const site = process.env.DOSSIER_SITE || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Content errors should stop the build loudly; the dev toolbar has no place in a static archive.
  devToolbar: { enabled: false },
});
