// What kb wrote into each page it created, as a digest of the file, kept in .cache/review/created-pages.json
// (git-ignored). It is no derived cache (nothing could compute it again, and a changed engine does not change what
// was written), so it stays out of .cache/dossier and its engine stamps. A page whose file still has that digest
// has not been touched since. The record is only a shortcut: without it (a fresh clone, .cache deleted)
// unedited.ts plans the page again, which may take more pages for a person's (never fewer).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/write-new-file.ts';

const RECORD = join('.cache', 'review', 'created-pages.json');

export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** file (relative to the root) → digest of the text kb wrote. */
export function createdDigests(root: string): Map<string, string> {
  try {
    const data = JSON.parse(readFileSync(join(root, RECORD), 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return new Map();
    return new Map(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map(); // no record yet, or a damaged one: the pages are planned again instead
  }
}

/** Adds the pages just written to the record. A record that cannot be written only costs the shortcut. */
export function recordCreated(root: string, pages: { file: string; source: string }[]): void {
  if (pages.length === 0) return;
  const record = createdDigests(root);
  for (const page of pages) record.set(page.file, digestOf(page.source));
  try {
    writeFileAtomic(join(root, RECORD), `${JSON.stringify(Object.fromEntries(record), null, 1)}\n`, { durable: false });
  } catch (error) {
    console.warn(`notice: ${RECORD} could not be written (${(error as Error).message}); review will plan the new pages again to tell kb's from a person's.`);
  }
}
