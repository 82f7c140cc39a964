// The digest of the engine itself, part of every cache key: the content of every file under src/kb (code,
// word lists, reference data) and of the project's lock file (the libraries the engine runs on). A changed
// rule, word list or library can therefore never be served an analysis made by the engine before it; there
// is no version to bump by hand. Only node built-ins, so an entry script can check the cache before it
// loads the engine.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

function addPath(hash: ReturnType<typeof createHash>, top: string, path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    hash.update(`${relative(top, path)}\0-\0`);
  } else if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) addPath(hash, top, join(path, name));
  } else if (stat.isFile()) {
    hash.update(relative(top, path)).update('\0').update(readFileSync(path)).update('\0');
  }
}

/** The digest of the names and bytes of files and folders (read through) under `root`; a missing one counts as missing. */
export function filesDigest(root: string, paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) addPath(hash, root, join(root, path));
  return hash.digest('hex');
}

const digests = new Map<string, string>();

/** The engine's digest for the project at `root` (computed once per process). */
export function engineDigest(root: string): string {
  let digest = digests.get(root);
  if (!digest) {
    digest = filesDigest(root, [relative(root, engineDir(root)), 'package-lock.json']);
    digests.set(root, digest);
  }
  return digest;
}
