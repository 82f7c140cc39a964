// Where Dossier keeps what it derives between runs (.cache/dossier under the project root, git-ignored), and
// the one format of every file there: the value stamped with the digest of the engine that made it. A file
// stamped by another engine reads as empty, so a changed engine starts afresh instead of reading stale data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/write-new-file.ts';

/** The path of a cache file or folder of the project at `root`. */
export function cachePath(root: string, name: string): string {
  return join(root, '.cache', 'dossier', name);
}

/** The value stored at `path` by the engine of digest `engine`, or undefined (none, another engine's, damaged). */
export function readStamped<T>(path: string, engine: string): T | undefined {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { engine?: string; value?: T };
    return stored.engine === engine ? stored.value : undefined;
  } catch {
    return undefined; // nothing stored yet, or a damaged file: a miss
  }
}

/** Stores `value` at `path`, stamped with `engine`; atomic, not flushed to disk (a lost cache file is a miss). */
export function writeStamped(path: string, engine: string, value: unknown): void {
  writeFileAtomic(path, JSON.stringify({ engine, value }), { durable: false });
}
