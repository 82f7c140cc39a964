// The review of a set of pages from what a kb run holds: their evidence gathered from the extractions, then
// their doubts and notes. The one entry of src/kb/review for the pipeline.
import type { PageRecord } from '../content/content-model.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ArticleExtraction, ArticleText, EntityKey } from '../types.ts';
import { assessPages, type Assessment } from './assess.ts';
import { gatherEvidence } from './evidence.ts';

export interface ReviewInput {
  articles: ArticleText[];
  extractions: Map<string, ArticleExtraction>;
  /** Every page, those reviewed included. */
  pages: PageRecord[];
  ignore: string[];
  /** The pages to review. */
  review: PageRecord[];
  /** The keys of pages a name is left unlinked between. */
  homonymKeys: Iterable<EntityKey>;
  lexicon: Lexicon;
  /** Only these articles are read for evidence (those naming the reviewed pages, when the caller knows them). */
  naming?: Set<string>;
}

/** Doubtful pages first, then by file. */
export function byDoubt(a: Assessment, b: Assessment): number {
  return b.doubts.length - a.doubts.length || a.file.localeCompare(b.file);
}

export function reviewPages(input: ReviewInput): Assessment[] {
  if (input.review.length === 0) return [];
  const keys = new Set(input.pages.map((page) => page.key));
  const articles = input.naming ? input.articles.filter((article) => input.naming!.has(article.slug)) : input.articles;
  const evidence = gatherEvidence(articles, input.extractions, input.pages, input.ignore, keys);
  return assessPages({
    pages: input.review,
    allPages: input.pages,
    evidence,
    homonymKeys: new Set(input.homonymKeys),
    lexicon: input.lexicon,
  }).sort(byDoubt);
}
