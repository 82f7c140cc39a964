// The saved news pages under test/fixtures/ingest/pages/ and what each should become.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES = join(import.meta.dirname, '../fixtures/ingest/pages');

/** What each fixture page should give; `boilerplate` lists page text that must not reach the article. */
export interface ExpectedPage {
  title: string;
  published: string;
  source: string;
  url: string;
  author: string | null;
  paragraphs: string[];
  boilerplate: string[];
}

export const EXPECTED: Record<string, ExpectedPage> = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8'));

/** Share of the expected paragraphs found, exactly, among the article's. */
export function exactShare(paragraphs: string[], expected: string[]): number {
  return expected.filter((paragraph) => paragraphs.includes(paragraph)).length / expected.length;
}
