// Safe file writes: exclusive creation for editor-owned content, atomic replacement for derived files.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../errors.ts';
import { displayPath } from './display-path.ts';

export type WriteNewFileResult = 'created' | 'exists-identical';

/**
 * Creates `path` with `content`, atomically and only if it does not exist yet: the text goes to a temporary file
 * in the same folder, is flushed to disk, then hard-linked to `path`. `link` fails when `path` exists, so two
 * writers cannot both win and nobody ever sees half a file. Returns 'exists-identical' when `path` already holds
 * exactly `content`; throws a DossierError when it holds anything else, because content files belong to editors.
 */
export function writeNewFile(path: string, content: string): WriteNewFileResult {
  const temp = writeTemp(path, content);
  try {
    linkSync(temp, path);
    return 'created';
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error;
  } finally {
    removeQuietly(temp);
  }
  if (readFileSync(path, 'utf8') === content) return 'exists-identical';
  throw new DossierError(
    'This file already exists with other content and belongs to its editors; Dossier never overwrites it.',
    'Remove or rename it by hand if it should be replaced.',
    { file: displayPath(path) },
  );
}

/** Replaces `path` with `content` atomically (temporary file + rename), for derived files outside content/. */
export function writeFileAtomic(path: string, content: string): void {
  const temp = writeTemp(path, content);
  try {
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** Writes `content` to a new, uniquely named, fsynced file beside `path` (creating the folder); returns its path. */
function writeTemp(path: string, content: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeFileSync(fd, content, 'utf8');
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** Deletes a temporary file; a file already gone is fine. */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already removed
  }
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
