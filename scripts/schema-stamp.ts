// Astro keeps parsed content between builds and does not notice when the schemas themselves change
// (a new field then reads as missing). The build stamps a hash of the schemas and configuration, and
// asks Astro for a clean content cache (--force) whenever that hash differs from the last build's.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/kb/fs/write-new-file.ts';

const INPUTS = ['astro.config.mjs', 'src/content.config.ts', 'src/loaders', 'src/kb/schemas', 'package-lock.json'];

function stampFile(root: string): string {
  return join(root, '.cache', 'dossier', `schema-${(process.env['DOSSIER_BASE'] || '/').replace(/\W+/g, '_')}.hash`);
}

function schemaHash(root: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
    } else {
      hash.update(path).update(readFileSync(full));
    }
  };
  for (const input of INPUTS) add(input);
  return hash.digest('hex');
}

export function schemaChanged(root: string): boolean {
  const file = stampFile(root);
  return !existsSync(file) || readFileSync(file, 'utf8') !== schemaHash(root);
}

export function rememberSchema(root: string): void {
  writeFileAtomic(stampFile(root), schemaHash(root));
}
