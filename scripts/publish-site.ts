// Publishing a built site: the folders beside dist/ that a build uses, the lock that keeps two builds of one folder
// apart, and the swap that puts a complete new site in place of the old one.
//
// Every instant of the swap, for a server answering from dist/ (scripts/site-server.ts):
//   the build writes dist.next/      dist/ is the old site, whole; dist.next/ is never read while dist/ exists
//   1. dist → dist.old               dist/ is missing; dist.old/ (the old site) and dist.next/ (the new one) are whole
//   2. dist.next → dist              dist/ is the new site, whole; dist.old/ is whole or being removed
//   3. dist.old removed              files already opened keep streaming: an open file outlives its folder (POSIX)
// So while dist/ is missing, dist.old/ exists and dist.next/ is complete. A build killed between 1 and 2 leaves both
// whole; the next build first puts dist.old back as dist/, so a build writing dist.next/ never has dist.old/ beside a
// missing dist/, and the server's fallback never reads a half-written file.
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { DossierError } from '../src/kb/errors.ts';

export interface SiteFolders {
  /** Where the build writes the new site before the swap. */
  next: string;
  /** Where the published site waits, during the swap, to be removed. */
  old: string;
  /** The lock file a build holds from its start to its end. */
  lock: string;
}

export function siteFolders(outDir: string): SiteFolders {
  return { next: `${outDir}.next`, old: `${outDir}.old`, lock: `${outDir}.lock` };
}

/** The process id in a lock file, or undefined when the file is gone. */
function holderOf(lock: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(lock, 'utf8'), 10) || 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the build lock of `outDir` (its process id in `<outDir>.lock`, created only if absent) and returns its
 * release. A lock held by a running process stops this build with the file named; a lock left by a build that was
 * killed is taken over. A pid file is all one machine needs (proper-lockfile's refreshed timestamps are for shared
 * network disks). Then a swap cut short by a killed build is undone, so dist/ is the last complete site again.
 */
export function lockBuild(outDir: string): () => void {
  const { lock, old } = siteFolders(outDir);
  // Written whole under a name of its own, then linked in place (a link fails if the lock exists): no other build
  // ever reads a lock file still empty.
  const mine = `${lock}.${process.pid}`;
  mkdirSync(dirname(lock), { recursive: true });
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (;;) {
      try {
        linkSync(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(lock);
      if (holder !== undefined && holder > 0 && holder !== process.pid && running(holder)) {
        throw new DossierError(
          `Another build of ${outDir} is running (process ${holder} holds this lock).`,
          `Wait for it to end and build again; if no build is running, delete ${relative(process.cwd(), lock)}.`,
          { file: relative(process.cwd(), lock) },
        );
      }
      if (holder !== undefined) rmSync(lock, { force: true });
    }
  } finally {
    rmSync(mine, { force: true });
  }
  if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
  return () => {
    if (holderOf(lock) === process.pid) rmSync(lock, { force: true });
  };
}

/** Puts the complete site in `nextDir` in place of `outDir` (steps 1–3 above); `outDir` is a real folder after. */
export function publish(nextDir: string, outDir: string): void {
  const { old } = siteFolders(outDir);
  // A dist.old/ here is left by a build killed in step 3 (dist/ exists): no server reads it while dist/ exists.
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(nextDir, outDir);
  rmSync(old, { recursive: true, force: true });
}
