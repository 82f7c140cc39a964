// Temporary projects for the benchmark: a copy of Dossier's code with an empty content/ folder, and an empty
// folder for the bare baseline site. node_modules is a folder of symlinks to the repository's packages (not one
// symlink), so Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) start empty and stay private
// to the scratch project instead of being shared with the repository and with other builds.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIED = ['src', 'scripts', 'tools', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache']);

/** node_modules for a scratch project: one symlink per package of the repository's node_modules. */
export function linkNodeModules(repo: string, root: string): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (CACHE_ENTRIES.has(entry)) continue;
    symlinkSync(join(repo, 'node_modules', entry), join(target, entry));
  }
}

export function tempRoot(label: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-bench-${label}-`));
}

/** A copy of the project at `repo` with empty content folders, in `root`. */
export function dossierScratch(repo: string, root: string): void {
  for (const entry of COPIED) if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  for (const folder of ['articles', 'parties', 'places', 'dates', 'issues']) mkdirSync(join(root, 'content', folder), { recursive: true });
  linkNodeModules(repo, root);
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
