// The route data of /review/, the editors' page: the pages kb created that nobody has edited or kept yet and that
// carry doubts, doubtful first, each with its doubts, the edit that settles each, and the sentences it comes from.
import { reviewQueueOf } from '../../kb/pipeline/review-queue.ts';
import type { Knowledge } from '../knowledge.ts';
import { DOUBT_MEANING, type Doubt } from '../../kb/review/codes.ts';
import { articleUrl, entityUrl } from '../urls.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface ReviewEvidence {
  sentence: string;
  href: string;
  /** The article's headline. */
  article: string;
}

export interface ReviewEntry {
  name: string;
  type: string;
  href: string;
  file: string;
  doubts: Doubt[];
  notes: string[];
  evidence: ReviewEvidence[];
}

export interface ReviewPageData extends RouteData {
  /** The first REVIEW_ON_PAGE doubtful pages, most doubtful first. */
  entries: ReviewEntry[];
  /** How many pages carry doubts in all. */
  doubtful: number;
  /** How many pages wait for review in all, doubtful or not. */
  waiting: number;
  meanings: { code: string; meaning: string }[];
}

/** Sentences shown per page: enough to judge it, few enough to keep the page small. */
const SHOWN = 3;
/** Doubtful pages listed: a day's review; the whole queue is `npm run review`'s, which edits as it goes. */
export const REVIEW_ON_PAGE = 200;

export function reviewPage({ graph, sources }: Knowledge, root = process.cwd()): ReviewPageData {
  const { queue } = reviewQueueOf(root, sources.snapshot, sources.extractions, sources.lexicon);
  const doubtful = queue.filter((page) => page.doubts.length > 0);
  const entries = doubtful.slice(0, REVIEW_ON_PAGE).map((page) => ({
    name: page.name,
    type: page.type,
    href: entityUrl(page.key),
    file: page.file,
    doubts: page.doubts,
    notes: page.notes.map((note) => note.code),
    evidence: page.mentions.slice(0, SHOWN).map((mention) => ({
      sentence: mention.sentence,
      href: articleUrl(mention.article, mention.paragraph),
      article: graph.articleBySlug.get(mention.article)?.title ?? mention.article,
    })),
  }));
  const used = new Set(entries.flatMap((entry) => entry.doubts.map((doubt) => doubt.code)));
  const meanings = Object.entries(DOUBT_MEANING).filter(([code]) => used.has(code as Doubt['code'])).map(([code, meaning]) => ({ code, meaning }));
  return { ...routeData(graph), entries, doubtful: doubtful.length, waiting: queue.length, meanings };
}
