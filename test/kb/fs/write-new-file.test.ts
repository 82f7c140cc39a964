// Exclusive, atomic creation of editor-owned files, and atomic replacement of derived ones.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../src/kb/errors.ts';
import { writeFileAtomic, writeNewFile } from '../../../src/kb/fs/write-new-file.ts';
import { tempDir } from '../../helpers/temp-dir.ts';


describe('writeNewFile', () => {
  it('creates the file and its parent folders, leaving no temporary file', () => {
    const dir = tempDir('fs');
    const path = join(dir, 'a', 'b', 'page.md');
    expect(writeNewFile(path, 'hello\n')).toBe('created');
    expect(readFileSync(path, 'utf8')).toBe('hello\n');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['page.md']);
  });

  it('reports an identical existing file as such', () => {
    const path = join(tempDir('fs'), 'page.md');
    writeNewFile(path, 'same');
    expect(writeNewFile(path, 'same')).toBe('exists-identical');
  });

  it('never overwrites a file with other content, and says why', () => {
    const dir = tempDir('fs');
    const path = join(dir, 'page.md');
    writeFileSync(path, 'edited by a person');
    let error: unknown;
    try {
      writeNewFile(path, 'generated');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).message).toBe(
      `${resolve(path)}: This file already exists with other content and belongs to its editors; Dossier never overwrites it. Remove or rename it by hand if it should be replaced.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('edited by a person');
    expect(readdirSync(dir)).toEqual(['page.md']);
  });

  it('lets exactly one of several concurrent writers create the file', async () => {
    const dir = tempDir('fs');
    const target = join(dir, 'race.md');
    const module = resolve('src/kb/fs/write-new-file.ts');
    const writers = Array.from({ length: 6 }, (_, i) => {
      const code = `import { writeNewFile } from ${JSON.stringify(module)};
        try { console.log(writeNewFile(${JSON.stringify(target)}, 'writer ${i}')); } catch (e) { console.log(e.name); }`;
      return new Promise<string>((done, fail) => {
        const child = spawn(resolve('node_modules/.bin/tsx'), ['--eval', code], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', fail);
        child.on('close', () => done(out.trim()));
      });
    });
    const outcomes = await Promise.all(writers);
    expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'DossierError')).toHaveLength(5);
    expect(readFileSync(target, 'utf8')).toMatch(/^writer \d$/);
    expect(readdirSync(dir)).toEqual(['race.md']);
  }, 30_000);
});

describe('writeFileAtomic', () => {
  it('creates and then replaces a file, leaving no temporary file', () => {
    const dir = tempDir('fs');
    const path = join(dir, 'cache', 'x.json');
    writeFileAtomic(path, '1');
    writeFileAtomic(path, '2');
    expect(readFileSync(path, 'utf8')).toBe('2');
    expect(readdirSync(join(dir, 'cache'))).toEqual(['x.json']);
  });
});
