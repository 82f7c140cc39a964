// Which pages wait for review: those kb wrote and nobody touched. Known by the digest kb records, and without it
// (a fresh clone) by planning the pages again; a page a person edits, or keeps, leaves the queue.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/kb/ingest/ingest.ts';
import { reviewQueue } from '../../../src/kb/pipeline/review-queue.ts';
import { runKb } from '../../../src/kb/pipeline/run-kb.ts';
import { keepPage } from '../../../src/kb/review/edit-content.ts';

const STORY = [
  'Velmor port talks stall as dockers reject offer',
  'source: Example Wire',
  'published: 2025-05-02',
  '',
  'The Velmor Dockworkers Federation rejected the offer on Friday, union leader Ines Quarrow said in Tarsis.',
  '',
  'Port Minister Oskar Brell said the offer would stand until Monday.',
].join('\n');

let root: string;
let created: string[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-unedited-'));
  for (const folder of ['articles', 'parties', 'places', 'dates', 'issues']) mkdirSync(join(root, 'content', folder), { recursive: true });
  writeFileSync(join(root, 'story.txt'), STORY);
  ingestFiles([join(root, 'story.txt')], { contentDir: join(root, 'content') });
  created = (await runKb(root)).created.map((page) => page.file).sort();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const queued = () => reviewQueue(root).queue.map((page) => page.file).sort();

describe('the review queue', () => {
  it('holds every page kb just created, by its record and, without it, by planning them again', () => {
    expect(created).toEqual(expect.arrayContaining(['content/parties/ines-quarrow.mdx', 'content/parties/oskar-brell.mdx']));
    expect(queued()).toEqual(created);
    rmSync(join(root, '.cache', 'review', 'created-pages.json'));
    expect(queued()).toEqual(created);
  });

  it('drops a page a person edited and a page kept', () => {
    appendFileSync(join(root, 'content/parties/oskar-brell.mdx'), '\nHe has led the ministry since 2021.\n');
    const { snapshot } = reviewQueue(root);
    keepPage(root, snapshot.pages.find((page) => page.file === 'content/parties/ines-quarrow.mdx')!);
    expect(queued()).toEqual(created.filter((file) => file !== 'content/parties/oskar-brell.mdx' && file !== 'content/parties/ines-quarrow.mdx'));
  });
});
