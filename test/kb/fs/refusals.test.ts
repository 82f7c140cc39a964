// A write the file system refuses is reported as a DossierError naming the file and what to do, never as a raw
// errno stack trace. The refusals are injected at the file system's boundary (the tests run as root, where a
// read-only folder does not refuse, and no test can fill the disk).
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.ts';

const refuse = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const refused = (name: string) => (...args: unknown[]) => {
    if (refuse.code && String(args[0]).includes('dossier-refusals')) {
      throw Object.assign(new Error(`${refuse.code}: refused, ${name} '${String(args[0])}'`), { code: refuse.code, syscall: name });
    }
    return (fs as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
  };
  return { ...fs, default: fs, openSync: refused('openSync') };
});

const { writeFileAtomic, writeNewFile, writeNewFilesEach } = await import('../../../src/kb/fs/write-new-file.ts');
const { DossierError } = await import('../../../src/kb/errors.ts');

afterEach(() => {
  refuse.code = '';
});

function messageOf(write: () => unknown): string {
  try {
    write();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    return (error as Error).message;
  }
  throw new Error('the write succeeded');
}

describe('a refused write', () => {
  it.each([
    ['EACCES', 'its folder is read-only to you (EACCES). Make the folder writable (or run as its owner), then run the command again.'],
    ['EROFS', 'it lies on a read-only file system (EROFS). Work in a copy on a writable disk, then run the command again.'],
    ['ENOSPC', 'the disk is full (ENOSPC). Free some space on the disk, then run the command again: nothing was half-written.'],
  ])('%s names the file and what to do', (code, says) => {
    const path = join(tempDir('refusals'), 'velmor-front.mdx');
    refuse.code = code;
    expect(messageOf(() => writeNewFile(path, 'page'))).toBe(`${path}: cannot be written: ${says}`);
    expect(messageOf(() => writeFileAtomic(path, 'page'))).toBe(`${path}: cannot be written: ${says}`);
    expect(messageOf(() => writeNewFilesEach([{ path, content: 'page' }]))).toBe(`${path}: cannot be written: ${says}`);
  });
});
