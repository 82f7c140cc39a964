// Independence: an article's extraction depends only on the pages (names, aliases) and the ignore list, never on
// which other articles are extracted with it or in what order.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, ContentSnapshot } from '../../../src/kb/content/content-model.ts';
import { loadContent } from '../../../src/kb/content/load-content.ts';
import { ingestFiles } from '../../../src/kb/ingest/ingest.ts';
import { loadLexicon, type Lexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { extractAll, noAnalysisCache } from '../../../src/kb/pipeline/extract-all.ts';
import { runKb } from '../../../src/kb/pipeline/run-kb.ts';
import type { ArticleExtraction } from '../../../src/kb/types.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'extraction-corpus');

let root: string;
let content: ContentSnapshot;
let lexicon: Lexicon;

/**
 * A fixed set of pages: the project's committed pages (with its ignore list) and the pages the kb step scaffolds
 * for every fixture text, loaded once; then only the articles handed to extraction change.
 */
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-independence-'));
  for (const entry of ['parties', 'places', 'dates', 'issues', 'ignore.yml']) {
    cpSync(join(process.cwd(), 'content', entry), join(root, 'content', entry), { recursive: true });
  }
  const texts = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort().map((name) => join(FIXTURES, name));
  ingestFiles(texts, { contentDir: join(root, 'content') });
  await runKb(root, { cache: noAnalysisCache });
  content = loadContent(root);
  lexicon = loadLexicon(root);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function extract(articles: ArticleRecord[]): Map<string, ArticleExtraction> {
  return extractAll(articles, content.pages, content.ignore, lexicon, noAnalysisCache).extractions;
}

describe('an article\'s extraction is independent of the other articles', () => {
  it('is the same alone, with the others, and with the others in other orders', () => {
    const articles = content.articles;
    expect(articles.length).toBeGreaterThanOrEqual(9);
    const together = extract(articles);
    const reversed = extract([...articles].reverse());
    const rotated = extract([...articles.slice(4), ...articles.slice(0, 4)]);
    for (const article of articles) {
      const alone = extract([article]).get(article.slug);
      expect(alone?.entities.length, `${article.slug}: extracted alone`).toBeGreaterThan(0);
      expect(together.get(article.slug), `${article.slug}: alone and with the others`).toEqual(alone);
      expect(reversed.get(article.slug), `${article.slug}: alone and after the others in reverse`).toEqual(alone);
      expect(rotated.get(article.slug), `${article.slug}: alone and among the others rotated`).toEqual(alone);
    }
  });

  it('is the same extracted again after the others (no state kept between runs)', () => {
    const [first, ...others] = content.articles;
    const before = extract([first!]).get(first!.slug);
    extract(others);
    expect(extract([first!]).get(first!.slug)).toEqual(before);
  });
});
