// Astro keeps parsed content between builds and does not notice when the schemas themselves change
// (a new field then reads as missing). The build stamps, in Dossier's cache, the digest of the engine (its
// schemas and content reader) and of the site's configuration and loaders, and asks Astro for a clean
// content cache (--force) whenever the digest differs from the last build's.
import { z } from 'zod';
import { cachePath, readStamped, writeStamped } from '../src/kb/cache/cache-files.ts';
import { engineDigest, filesDigest } from '../src/kb/cache/engine-digest.ts';

const SITE_INPUTS = ['astro.config.mjs', 'src/content.config.ts', 'src/loaders'];

function stampFile(root: string): string {
  return cachePath(root, `astro-schema-${(process.env['DOSSIER_BASE'] || '/').replace(/\W+/g, '_')}.json`);
}

function schemaDigest(root: string): string {
  return `${engineDigest(root)}:${filesDigest(root, SITE_INPUTS)}`;
}

export function schemaChanged(root: string): boolean {
  return readStamped<boolean>(stampFile(root), schemaDigest(root), z.boolean()) !== true;
}

export function rememberSchema(root: string): void {
  writeStamped(stampFile(root), schemaDigest(root), true);
}
