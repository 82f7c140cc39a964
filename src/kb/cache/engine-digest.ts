// The digest of the engine itself, part of every cache key: the content of every file under src/kb (code,
// word lists, reference data) and of the project's lock file (the libraries the engine runs on). A changed
// rule, word list or library can therefore never be served an analysis made by the engine before it; there
// is no version to bump by hand. Only node built-ins, so an entry script can check the cache before it
// loads the engine.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * src/kb of the project at `root`. Every entry point runs from the project root; the site build's bundled copy
 * of this module lives elsewhere, so its own place is only the fallback.
 */
export function engineDir(root: string): string {
  const atRoot = join(root, 'src', 'kb');
  return existsSync(join(atRoot, 'cache', 'engine-digest.ts')) ? atRoot : dirname(dirname(fileURLToPath(import.meta.url)));
}

function addFolder(hash: ReturnType<typeof createHash>, top: string, dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      addFolder(hash, top, path);
    } else if (entry.isFile()) {
      hash.update(relative(top, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  }
}

const digests = new Map<string, string>();

/** The engine's digest for the project at `root` (computed once per process). */
export function engineDigest(root: string): string {
  let digest = digests.get(root);
  if (digest) return digest;
  const hash = createHash('sha256');
  const dir = engineDir(root);
  addFolder(hash, dir, dir);
  const lock = join(root, 'package-lock.json');
  hash.update('package-lock.json\0').update(existsSync(lock) ? readFileSync(lock) : '');
  digest = hash.digest('hex');
  digests.set(root, digest);
  return digest;
}
