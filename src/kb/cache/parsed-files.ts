// The records of content files parsed and validated before, found again by the file's path and the digest of
// its bytes: adding one article does not parse every other article's Markdown and every page's YAML again,
// and the site build reads the records `kb` made. Stamped with the engine, whose reader made the records.
import { createHash } from 'node:crypto';
import type { ParsedFiles } from '../content/parsed-files.ts';
import { z } from 'zod';
import { readStamped, writeStamped } from './cache-files.ts';

/** The records as kept on disk: by file, the digest of its bytes and what the reader made of it. */
const STORED = z.record(z.string(), z.tuple([z.string(), z.unknown()]));

/** The digest of a file's bytes as the reader saw them. */
export function sourceDigest(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}

type Entry = [digest: string, record: unknown];

/** Parsed files kept in the file `path`, for the engine of digest `engine`; `save()` writes the files seen this run. */
export function diskParsedFiles(path: string, engine: string): ParsedFiles & { save(): void } {
  const stored = readStamped<Record<string, Entry>>(path, engine, STORED) ?? {};
  const next: Record<string, Entry> = {};
  let changed = false;
  return {
    get(file, source) {
      const entry = stored[file];
      if (!entry || entry[0] !== sourceDigest(source)) return undefined;
      next[file] = entry;
      return entry[1];
    },
    set(file, source, record) {
      next[file] = [sourceDigest(source), record];
      changed = true;
    },
    save() {
      if (changed || Object.keys(next).length !== Object.keys(stored).length) writeStamped(path, engine, next);
    },
  };
}
