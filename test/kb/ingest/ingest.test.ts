// Batch ingest: idempotent re-runs, refused slug collisions, and all-or-nothing batches.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierErrors } from '../../../src/kb/errors.ts';
import { ingestFiles } from '../../../src/kb/ingest/ingest.ts';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  const contentDir = join(dir, 'content');
  const write = (name: string, text: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const articles = () => {
    try {
      return readdirSync(join(contentDir, 'articles'));
    } catch {
      return [];
    }
  };
  return { dir, contentDir, write, articles };
}

function errorsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected DossierErrors');
}

const LIGHTHOUSE = 'Lighthouse keeper retires\npublished: 2023-09-14\n\nAfter forty years she locked the door.\n\nThe lamp is automatic now.\n';

describe('ingestFiles', () => {
  it('writes content/articles/<date>-<slug>.md and reports it', () => {
    const { contentDir, write, articles } = workspace();
    const file = write('lighthouse.txt', LIGHTHOUSE);
    const [result] = ingestFiles([file], { contentDir });
    expect(result).toMatchObject({ slug: '2023-09-14-lighthouse-keeper-retires', status: 'created', paragraphs: 2 });
    expect(articles()).toEqual(['2023-09-14-lighthouse-keeper-retires.md']);
    expect(readFileSync(join(contentDir, 'articles', '2023-09-14-lighthouse-keeper-retires.md'), 'utf8')).toBe(
      '---\ntitle: "Lighthouse keeper retires"\npublished: "2023-09-14"\nlanguage: "en"\n---\n\nAfter forty years she locked the door.\n\nThe lamp is automatic now.\n',
    );
  });

  it('applies command-line values', () => {
    const { contentDir, write } = workspace();
    const file = write('a.txt', 'Bridge reopens\nsource: Old Source\n\nCars crossed again.');
    ingestFiles([file], { contentDir, published: '2022-03-04', source: 'Valley News', url: 'https://example.org/b' });
    expect(readFileSync(join(contentDir, 'articles', '2022-03-04-bridge-reopens.md'), 'utf8')).toContain(
      'source: "Valley News"\nurl: "https://example.org/b"\n',
    );
  });

  it('is idempotent: ingesting the same file again changes nothing', () => {
    const { contentDir, write, articles } = workspace();
    const file = write('lighthouse.txt', LIGHTHOUSE);
    ingestFiles([file], { contentDir });
    const before = readFileSync(join(contentDir, 'articles', articles()[0] as string), 'utf8');
    expect(ingestFiles([file], { contentDir })[0]?.status).toBe('already-ingested');
    expect(articles()).toHaveLength(1);
    expect(readFileSync(join(contentDir, 'articles', articles()[0] as string), 'utf8')).toBe(before);
  });

  it('refuses a different article with a taken slug and leaves the existing file untouched', () => {
    const { contentDir, write } = workspace();
    ingestFiles([write('one.txt', LIGHTHOUSE)], { contentDir });
    const existing = join(contentDir, 'articles', '2023-09-14-lighthouse-keeper-retires.md');
    const before = readFileSync(existing, 'utf8');
    const other = write('two.txt', 'Lighthouse keeper retires\npublished: 2023-09-14\n\nA different story entirely.');
    const target = join(resolve(contentDir), 'articles', '2023-09-14-lighthouse-keeper-retires.md');
    expect(errorsOf(() => ingestFiles([other], { contentDir }))).toEqual([
      `${resolve(other)}: Its article file ${target} already exists and holds a different text (another article with the same date and headline, or an edited copy). If this is another article, change its headline; if it should replace that file, remove or rename ${target} by hand and ingest again.`,
    ]);
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('writes nothing when one file of a batch is bad, and reports every problem', () => {
    const { contentDir, write, articles } = workspace();
    const good = write('good.txt', LIGHTHOUSE);
    const empty = write('empty.txt', '');
    const undated = write('undated.txt', 'No date here\n\nSome text.');
    const messages = errorsOf(() => ingestFiles([good, empty, undated], { contentDir }));
    expect(messages).toEqual([
      `${resolve(empty)}: The file is empty. Write the headline on line 1 and the article text under it.`,
      `${resolve(undated)} field \`published\`: The article has no publication date. Add a \`published: YYYY-MM-DD\` line under the headline or pass --published YYYY-MM-DD.`,
    ]);
    expect(articles()).toEqual([]);
  });

  it('refuses two different articles of one batch that would share a file', () => {
    const { contentDir, write, articles } = workspace();
    const first = write('first.txt', LIGHTHOUSE);
    const second = write('second.txt', 'Lighthouse keeper retires\npublished: 2023-09-14\n\nOther words.');
    const target = join(resolve(contentDir), 'articles', '2023-09-14-lighthouse-keeper-retires.md');
    expect(errorsOf(() => ingestFiles([first, second], { contentDir }))).toEqual([
      `${resolve(second)}: It would become ${target}, like ${resolve(first)} earlier in this batch, but the two articles differ. Give them different headlines, or ingest only one of them.`,
    ]);
    expect(articles()).toEqual([]);
  });

  it('refuses a missing file and a headline with nothing to name the file after', () => {
    const { contentDir, write } = workspace();
    const symbols = write('symbols.txt', '!!! ???\npublished: 2023-01-01\n\nText.');
    expect(errorsOf(() => ingestFiles([join(contentDir, 'missing.txt'), symbols], { contentDir }))).toEqual([
      `${join(resolve(contentDir), 'missing.txt')}: The file does not exist. Check the path and try again.`,
      `${resolve(symbols)} field \`title\`: The headline has no Latin letters or digits to name the article file after. Write the headline in Latin letters (transliterated if need be).`,
    ]);
  });

  it('checks command-line values once, before reading any file', () => {
    const { contentDir } = workspace();
    expect(errorsOf(() => ingestFiles(['does-not-matter.txt'], { contentDir, url: 'mailto:x@example.com' }))).toEqual([
      'The --url value `mailto:x@example.com` is not a web address starting with http:// or https://. Give the address where the article can be read, as in --url https://example.com/story.',
    ]);
  });
});
