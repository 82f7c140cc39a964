// Safe file writes: exclusive creation for editor-owned content, atomic replacement for derived files. A write the
// file system refuses (read-only, full disk) is a DossierError naming the file and what to do, never a raw errno.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
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
  removeStaleTempFiles(dirname(path));
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
  for (const folder of new Set(files.map((file) => dirname(file.path)))) removeStaleTempFiles(folder);
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
    } catch (error) {
      throw refusal(error, path);
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
    if (!hasCode(error, 'EEXIST')) throw refusal(error, path);
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
    throw refusal(error, path);
  }
}

/** Writes `content` to a new, uniquely named file beside `path` (creating the folder), fsynced when `durable`; returns its path. */
function writeTemp(path: string, content: string, durable = true): string {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw refusal(error, path);
  }
  try {
    writeFileSync(fd, content, 'utf8');
    if (durable) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw refusal(error, path);
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

/** What the file system's refusals mean to the person running the command, and what they can do about each. */
const REFUSALS: Record<string, { why: string; fix: string }> = {
  EACCES: { why: 'its folder is read-only to you', fix: 'Make the folder writable (or run as its owner), then run the command again.' },
  EPERM: { why: 'its folder is read-only to you', fix: 'Make the folder writable (or run as its owner), then run the command again.' },
  EROFS: { why: 'it lies on a read-only file system', fix: 'Work in a copy on a writable disk, then run the command again.' },
  ENOSPC: { why: 'the disk is full', fix: 'Free some space on the disk, then run the command again: nothing was half-written.' },
  EDQUOT: { why: 'your disk quota is used up', fix: 'Free some space in your quota, then run the command again: nothing was half-written.' },
};

/** A refusal of the file system as a DossierError naming the file (its `cause` the original error); other errors unchanged. */
function refusal(error: unknown, path: string): unknown {
  const known = REFUSALS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];
  if (!known) return error;
  const problem = new DossierError(`cannot be written: ${known.why} (${(error as NodeJS.ErrnoException).code}).`, known.fix, { file: displayPath(path) });
  problem.cause = error;
  return problem;
}

/** A temporary file of writeTemp's: `.<name>.<pid>.<12 hex digits>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files a writer killed mid-write left in `dir` (those of processes no longer running, so a
 * concurrent writer's are kept). They are hidden, never read as content, and git-ignored; this keeps them from piling up.
 */
export function removeStaleTempFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no folder yet
  }
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) removeQuietly(join(dir, name));
  }
}

/** Whether a process of this id runs (one of another user's counts as running). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasCode(error, 'EPERM');
  }
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
