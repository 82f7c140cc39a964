// Test helpers: build an article from paragraphs and look entities up by type and name.
import type { ArticleExtraction, ArticleText, ExtractedEntity } from '../../../src/kb/types.ts';

export function article(paragraphs: string[], published = '2024-03-10', title = 'Talks resume'): ArticleText {
  return { slug: 'test', title, published, paragraphs };
}

export function find(ex: ArticleExtraction, type: ExtractedEntity['type'], name: string): ExtractedEntity | undefined {
  return ex.entities.find((e) => e.type === type && e.name === name);
}

export function names(ex: ArticleExtraction, type: ExtractedEntity['type']): string[] {
  return ex.entities.filter((e) => e.type === type).map((e) => e.name).sort();
}
