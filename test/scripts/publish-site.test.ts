// The build's lock and swap (scripts/publish-site.ts): one build of a folder at a time, a lock left by a killed build
// taken over, a swap cut short undone, and dist/ a real folder holding the new site at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockBuild, publish, siteFolders } from '../../scripts/publish-site.ts';
import { DossierError } from '../../src/kb/errors.ts';
import { tempDir } from '../helpers/temp-dir.ts';

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

/** The id of a process that has ended. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('the build lock', () => {
  it('refuses a second build while the first runs, naming the lock file, and frees it on release', () => {
    const outDir = join(tempDir('publish'), 'dist');
    const { lock } = siteFolders(outDir);
    // The lock of a running build: this test's own parent process holds it.
    writeFileSync(lock, `${process.ppid}\n`);
    let refusal: unknown;
    try {
      lockBuild(outDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DossierError);
    expect((refusal as DossierError).message).toContain('dist.lock');
    expect((refusal as DossierError).message).toContain(`process ${process.ppid}`);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.ppid}\n`);

    writeFileSync(lock, `${endedPid()}\n`);
    const release = lockBuild(outDir);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('puts the old site back when a killed build left no dist/', () => {
    const outDir = join(tempDir('publish'), 'dist');
    site(siteFolders(outDir).old, 'old site');
    lockBuild(outDir)();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old site');
    expect(existsSync(siteFolders(outDir).old)).toBe(false);
  });
});

describe('the swap', () => {
  it('leaves the new site in dist/, a real folder, and nothing beside it', () => {
    const outDir = join(tempDir('publish'), 'dist');
    const { next, old } = siteFolders(outDir);
    site(outDir, 'old site');
    site(old, 'a leftover');
    site(next, 'new site');
    publish(next, outDir);
    expect(lstatSync(outDir).isDirectory()).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(next) || existsSync(old)).toBe(false);
  });
});
