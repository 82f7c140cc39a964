// Batch ingest: idempotent re-runs, one file's failure not stopping the others, outlets sharing a headline.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierErrors } from '../../../src/kb/errors.ts';
import { ingestEach, ingestFiles } from '../../../src/kb/ingest/ingest.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function workspace() {
  const dir = tempDir('ingest');
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

  it('refuses, for that file alone, a different text with the same date and headline and no outlet to tell them apart', () => {
    const { contentDir, write } = workspace();
    ingestFiles([write('one.txt', LIGHTHOUSE)], { contentDir });
    const existing = join(contentDir, 'articles', '2023-09-14-lighthouse-keeper-retires.md');
    const before = readFileSync(existing, 'utf8');
    const other = write('two.txt', 'Lighthouse keeper retires\npublished: 2023-09-14\n\nA different story entirely.');
    expect(errorsOf(() => ingestFiles([other], { contentDir }))).toEqual([
      `${resolve(other)}: Another article with the same date, headline and outlet already exists as 2023-09-14-lighthouse-keeper-retires, with a different text (an edited copy, or the outlet's updated version). If it should replace that article, remove or rename its file in content/articles/ by hand and ingest again; if it is another article, give it its own headline.`,
    ]);
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('writes the good files of a batch when others are bad, and reports every problem with its file', () => {
    const { contentDir, write, articles } = workspace();
    const good = write('good.txt', LIGHTHOUSE);
    const empty = write('empty.txt', '');
    const undated = write('undated.txt', 'No date here\n\nSome text.');
    const outcomes = ingestEach([empty, good, undated], { contentDir });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'created', 'failed']);
    expect(outcomes.flatMap((outcome) => (outcome.status === 'failed' ? [outcome.error.message] : []))).toEqual([
      `${resolve(empty)}: The file is empty. Write the headline on line 1 and the article text under it.`,
      `${resolve(undated)} field \`published\`: The article has no publication date. Add a \`published: YYYY-MM-DD\` line under the headline or pass --published YYYY-MM-DD.`,
    ]);
    expect(articles()).toEqual(['2023-09-14-lighthouse-keeper-retires.md']);
    expect(errorsOf(() => ingestFiles([good, empty], { contentDir }))).toHaveLength(1);
  });

  it('lands the same headline and date from two outlets as two articles, the second slug ending in its outlet; the same outlet again is refused', () => {
    const { contentDir, write, articles } = workspace();
    const story = (source: string, text: string) => `Storm closes coast road\nsource: ${source}\npublished: 2024-02-02\n\n${text}\n`;
    const first = write('a.txt', story('Dunmore Herald', 'Waves washed over the road at dawn.'));
    const second = write('b.txt', story('Cliffside Post', 'Police shut the road before the tide came in.'));
    const results = ingestFiles([first, second], { contentDir });
    expect(results.map((result) => [result.slug, result.status])).toEqual([
      ['2024-02-02-storm-closes-coast-road', 'created'],
      ['2024-02-02-storm-closes-coast-road-cliffside-post', 'created'],
    ]);
    expect(articles()).toHaveLength(2);
    expect(ingestFiles([second], { contentDir })[0]).toMatchObject({ slug: '2024-02-02-storm-closes-coast-road-cliffside-post', status: 'already-ingested' });
    const edited = write('c.txt', story('Dunmore Herald', 'Waves washed over the road at dawn on Friday.'));
    const unnamed = write('d.txt', 'Storm closes coast road\npublished: 2024-02-02\n\nNobody says who wrote this.\n');
    expect(ingestEach([edited, unnamed], { contentDir }).map((outcome) => (outcome.status === 'failed' ? outcome.error.problem : outcome.status))).toEqual([
      "Another article with the same date, headline and outlet already exists as 2024-02-02-storm-closes-coast-road, with a different text (an edited copy, or the outlet's updated version).",
      "Other outlets' articles with the same date and headline already hold every name this one could take (2024-02-02-storm-closes-coast-road).",
    ]);
    expect(articles()).toHaveLength(2);
  });

  it('keeps a syndicated copy (same text, another outlet) and marks it copyOf the first, whatever its headline', () => {
    const { contentDir, write } = workspace();
    const wire = 'The river rose two metres overnight.\n\nSandbags were handed out at the town hall.';
    const original = write('wire.txt', `River rises in Ostwick\nsource: Lantern Wire\npublished: 2024-05-06\n\n${wire}`);
    const copy = write('copy.txt', `Ostwick river rises two metres\nsource: Ostwick Echo\npublished: 2024-05-07\n\n${wire.replace('metres', ' metres')}`);
    const copyOfCopy = write('copy2.txt', `River rises in Ostwick\nsource: Moorland Times\npublished: 2024-05-06\n\n${wire}`);
    const results = ingestFiles([original, copy, copyOfCopy], { contentDir });
    expect(results.map((result) => [result.slug, result.copyOf])).toEqual([
      ['2024-05-06-river-rises-in-ostwick', undefined],
      ['2024-05-07-ostwick-river-rises-two-metres', '2024-05-06-river-rises-in-ostwick'],
      ['2024-05-06-river-rises-in-ostwick-moorland-times', '2024-05-06-river-rises-in-ostwick'],
    ]);
    expect(readFileSync(join(contentDir, 'articles', '2024-05-07-ostwick-river-rises-two-metres.md'), 'utf8')).toContain(
      'source: "Ostwick Echo"\ncopyOf: "2024-05-06-river-rises-in-ostwick"\n',
    );
    const retitled = write('retitled.txt', `Ostwick flood: river up two metres\nsource: Lantern Wire\npublished: 2024-05-06\n\n${wire}`);
    expect(ingestFiles([retitled], { contentDir })[0]).toMatchObject({ status: 'already-ingested', slug: '2024-05-06-river-rises-in-ostwick' });
  });

  it('ingests a folder of 5,000 files in one call: its .txt files, not its other files or sub-folders, with progress', () => {
    const { dir, contentDir, articles } = workspace();
    const folder = join(dir, 'inbox');
    mkdirSync(join(folder, 'images'), { recursive: true });
    for (let i = 0; i < 5000; i++) {
      writeFileSync(join(folder, `story-${String(i).padStart(4, '0')}.txt`), `Parish notice number ${i}\npublished: 2020-01-01\n\nNotice ${i} was read out.\n`);
    }
    writeFileSync(join(folder, 'story-bad.txt'), 'Undated notice\n\nNo date.\n');
    writeFileSync(join(folder, 'photo.jpg'), 'not an article');
    writeFileSync(join(folder, 'images', 'nested.txt'), 'Nested notice\npublished: 2020-01-01\n\nNot read.\n');
    const progress: number[] = [];
    const outcomes = ingestEach([folder], { contentDir, onProgress: (done, total) => done === total && progress.push(total) });
    expect(outcomes).toHaveLength(5001);
    expect(outcomes.filter((outcome) => outcome.status === 'created')).toHaveLength(5000);
    expect(outcomes.filter((outcome) => outcome.status === 'failed').map((outcome) => outcome.file)).toEqual([join(folder, 'story-bad.txt')]);
    expect(progress).toEqual([5001]);
    expect(articles()).toHaveLength(5000);
    expect(articles()).toContain('2020-01-01-parish-notice-number-4999.md');
  }, 120_000);

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
