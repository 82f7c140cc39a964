// The real `scripts/ingest.ts` command: output, exit codes, and nothing written on error.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../helpers/ingest-pages.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const SCRIPT = resolve('scripts/ingest.ts');

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/ingest.ts', () => {
  it('creates the article and says so, then reports a re-run as already ingested', () => {
    const cwd = tempDir('cli');
    writeFileSync(join(cwd, 'orchard.txt'), 'Orchard harvest starts early\nThe pickers arrived on Monday.\nApples were small this year.\n');
    const first = run(cwd, ['orchard.txt', '--published', '2021-08-30']);
    expect(first).toEqual({
      code: 0,
      stdout: 'created content/articles/2021-08-30-orchard-harvest-starts-early.md (2 paragraphs)\n',
      stderr: '',
    });
    expect(run(cwd, ['orchard.txt', '--published', '2021-08-30'])).toEqual({
      code: 0,
      stdout: 'already ingested: content/articles/2021-08-30-orchard-harvest-starts-early.md\n',
      stderr: '',
    });
  }, 30_000);

  it('ingests the good files, reports each bad one with its file and line, and exits 1', () => {
    const cwd = tempDir('cli');
    writeFileSync(join(cwd, 'empty.txt'), '');
    writeFileSync(join(cwd, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(cwd, 'fine.txt'), 'A fine headline\n\nA fine paragraph.\n');
    const result = run(cwd, ['fine.txt', 'empty.txt', 'photo.png', '--published', '2020-05-06']);
    expect(result).toEqual({
      code: 1,
      stdout: 'created content/articles/2020-05-06-a-fine-headline.md (1 paragraph)\n',
      stderr:
        'empty.txt: The file is empty. Write the headline on line 1 and the article text under it.\n' +
        'photo.png:3: The file looks binary (it contains NUL bytes), not like plain text. Pass a plain-text article: the headline on line 1 and the text under it.\n' +
        'ingest: 1 created, 0 already ingested, 2 failed: fix the files named above and ingest them again.\n',
    });
  }, 30_000);

  it('ingests a folder: its .txt and .html files', () => {
    const cwd = tempDir('cli');
    mkdirSync(join(cwd, 'drop'));
    writeFileSync(join(cwd, 'drop', 'a.txt'), 'Allotment prizes given\npublished: 2019-07-01\n\nThe marrow won.\n');
    copyFileSync(join(PAGES, 'amp.html'), join(cwd, 'drop', 'library.html'));
    const result = run(cwd, ['drop']);
    expect(result).toEqual({
      code: 0,
      stdout:
        'created content/articles/2019-07-01-allotment-prizes-given.md (1 paragraph)\n' +
        'created content/articles/2022-09-30-northmere-library-to-open-late-on-weekdays.md (5 paragraphs)\n',
      stderr: 'ingest: 2 created, 0 already ingested, 0 failed.\n',
    });
  }, 30_000);

  it('exits 1 on a folder with no article file in it', () => {
    const cwd = tempDir('cli');
    mkdirSync(join(cwd, 'empty'));
    expect(run(cwd, ['empty'])).toEqual({ code: 1, stdout: '', stderr: 'Nothing to ingest: the folders given hold no .txt, .html or .htm file.\n' });
  }, 30_000);

  it('exits 1 with usage when no file is given', () => {
    const cwd = tempDir('cli');
    const result = run(cwd, []);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'No file given: name the article file(s), folder(s), web address(es) or a --feed to ingest.\nUsage: npm run ingest -- FILE|FOLDER|URL… [--feed URL|FILE [--since YYYY-MM-DD]] [--published YYYY-MM-DD] [--source NAME] [--url URL] [--content DIR]\n',
    );
  }, 30_000);
});
