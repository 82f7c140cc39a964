// Safe file writes: exclusive creation for editor-owned content, atomic replacement for derived files.

import { spawnSync } from 'node:child_process';
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
    return linkNew(temp, path, content);
  } finally {
    removeQuietly(temp);
  }
}

/**
 * writeNewFile for many files at once (kb scaffolding thousands of pages): every temporary file is written first,
 * then all are flushed to disk by one file-system sync (`sync -f`) instead of one fsync each, which on a busy disk
 * costs milliseconds per file; then each is linked into place with the same exclusive, never-overwrite rule.
 */
export function writeNewFiles(files: { path: string; content: string }[]): WriteNewFileResult[] {
  return writeNewFilesEach(files).map((result) => {
    if (result instanceof DossierError) throw result;
    return result;
  });
}

/**
 * writeNewFiles that links every file it can: a file that exists with other content gets its DossierError in
 * the results, in place of stopping the others (ingest writes many independent articles at once).
 */
export function writeNewFilesEach(files: { path: string; content: string }[]): (WriteNewFileResult | DossierError)[] {
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(writeTemp(file.path, file.content, false));
    flushAll(temps);
    return files.map((file, i) => {
      try {
        return linkNew(temps[i] as string, file.path, file.content);
      } catch (error) {
        if (error instanceof DossierError) return error;
        throw error;
      }
    });
  } finally {
    for (const temp of temps) removeQuietly(temp);
  }
}

/** Flushes `paths` to disk: one syncfs per folder through `sync -f`, or an fsync per file where that fails. */
function flushAll(paths: string[]): void {
  if (paths.length === 0) return;
  const folders = [...new Set(paths.map((path) => dirname(path)))];
  const synced = spawnSync('sync', ['-f', ...folders], { stdio: 'ignore' });
  if (synced.status === 0) return;
  for (const path of paths) {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

function linkNew(temp: string, path: string, content: string): WriteNewFileResult {
  try {
    linkSync(temp, path);
    return 'created';
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error;
  }
  if (readFileSync(path, 'utf8') === content) return 'exists-identical';
  throw new DossierError(
    'This file already exists with other content and belongs to its editors; Dossier never overwrites it.',
    'Remove or rename it by hand if it should be replaced.',
    { file: displayPath(path) },
  );
}

/**
 * Replaces `path` with `content` atomically (temporary file + rename), for derived files outside content/.
 * `durable: false` skips the fsync, for caches where a file lost in a crash is only a cache miss.
 */
export function writeFileAtomic(path: string, content: string, options: { durable?: boolean } = {}): void {
  const temp = writeTemp(path, content, options.durable ?? true);
  try {
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** Writes `content` to a new, uniquely named file beside `path` (creating the folder), fsynced when `durable`; returns its path. */
function writeTemp(path: string, content: string, durable = true): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeFileSync(fd, content, 'utf8');
    if (durable) fsyncSync(fd);
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
