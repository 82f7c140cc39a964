// Where Dossier keeps what it derives between runs (.cache/dossier under the project root, git-ignored), and
// the one format of every file there: the value stamped with the digest of the engine that made it. A file
// stamped by another engine reads as empty, so a changed engine starts afresh instead of reading stale data.
// Every read is validated (the stamp, then the value against the reader's Zod schema): a file that is damaged,
// of another shape, or in the way of a folder is discarded with a one-line notice and rebuilt, never a crash.
// A cache write that fails (read-only project, full disk) is a notice too: the run goes on without it.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { displayPath } from '../fs/display-path.ts';
import { writeFileAtomic } from '../fs/write-new-file.ts';

/** The path of a cache file or folder of the project at `root`. */
export function cachePath(root: string, name: string): string {
  return join(root, '.cache', 'dossier', name);
}

/**
 * What checks a stored value's shape: a Zod schema, or anything with its `safeParse`. Zod itself is not imported
 * here: the no-change path of `kb` (src/kb/cache/up-to-date.ts) reads the cache before loading the engine, and
 * loading Zod would cost it several times its whole run.
 */
export interface ValueCheck {
  safeParse(value: unknown): { success: boolean };
}

/** The envelope of every cache file, checked by hand for the same reason. */
function isStamped(value: unknown): value is { engine: string; value: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { engine?: unknown }).engine === 'string' && 'value' in value;
}

/** The files already noticed in this process: one notice each. */
const noticed = new Set<string>();

function notice(path: string, what: string): void {
  if (noticed.has(path)) return;
  noticed.add(path);
  console.warn(`notice: ${displayPath(path)} ${what}`);
}

/** The code of a file-system error, if it is one (or the error a DossierError reports). */
function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (cause === undefined ? undefined : codeOf(cause));
}

/** The cache folder `path` lies in (…/.cache/dossier), or undefined when it lies in none: nothing else is ever removed. */
function cacheRootOf(path: string): string | undefined {
  const marker = `${sep}.cache${sep}dossier${sep}`;
  const at = path.lastIndexOf(marker);
  return at < 0 ? undefined : path.slice(0, at + marker.length - 1);
}

/** Removes what stands in the way of the cache file `path`: a folder at its place, a file at a folder's place above it. */
function clearWay(path: string): void {
  const root = cacheRootOf(path);
  if (!root) return;
  rmSync(path, { recursive: true, force: true });
  for (let dir = dirname(path); dir.length >= root.length; dir = dirname(dir)) {
    try {
      if (!statSync(dir).isDirectory()) rmSync(dir, { force: true });
    } catch {
      // not there: created by the write
    }
    if (dir === root) break;
  }
}

/**
 * The value stored at `path` by the engine of digest `engine`, if it has the shape `schema` describes (of type T); undefined when
 * there is none or another engine's. Anything unreadable is discarded with a notice (and rebuilt by the next write).
 */
export function readStamped<T>(path: string, engine: string, schema: ValueCheck): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined; // nothing stored yet
    return discard(path);
  }
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return discard(path);
  }
  if (!isStamped(stored)) return discard(path);
  if (stored.engine !== engine) return undefined; // made by another engine: started afresh, as expected
  // Checked, not copied: the schemas transform nothing, and the stored value may be large.
  if (!schema.safeParse(stored.value).success) return discard(path);
  return stored.value as T;
}

function discard(path: string): undefined {
  notice(path, 'is not a cache file this version of Dossier can read (damaged, or of an older shape): it is discarded and rebuilt.');
  try {
    clearWay(path);
  } catch {
    // left for the next write to replace
  }
  return undefined;
}

/**
 * Stores `value` at `path`, stamped with `engine`; atomic, not flushed to disk (a lost cache file is a miss). What
 * stands in the way inside the cache is removed first; a write the file system refuses is noticed, not thrown.
 */
export function writeStamped(path: string, engine: string, value: unknown): void {
  const text = JSON.stringify({ engine, value });
  try {
    writeFileAtomic(path, text, { durable: false });
    return;
  } catch (error) {
    if (!['ENOTDIR', 'EEXIST', 'EISDIR'].includes(codeOf(error) ?? '')) return cannotWrite(path, error);
  }
  try {
    clearWay(path);
    writeFileAtomic(path, text, { durable: false });
  } catch (error) {
    cannotWrite(path, error);
  }
}

function cannotWrite(path: string, error: unknown): void {
  const why = codeOf(error) === 'ENOSPC' ? 'the disk is full' : codeOf(error) === 'EACCES' || codeOf(error) === 'EROFS' ? 'it is read-only' : (error as Error).message;
  notice(path, `cannot be written (${why}): this run goes on without keeping it, and the next run redoes its work.`);
}
