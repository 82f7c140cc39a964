// What a `kb` run reports: the pages it found missing (and wrote), the homonyms it left unlinked, and counts.
import type { PlannedPage } from '../scaffold/plan-pages.ts';
import type { ExtractStats } from './extract-all.ts';
import type { Assessment } from '../review/assess.ts';

/** A name two or more pages claim, left unlinked in one paragraph because the article did not decide. */
export interface Homonym {
  article: string;
  paragraph: number;
  surface: string;
  candidates: string[];
}

export interface KbResult {
  /** Pages that were missing (and, unless checking, have now been written). */
  missing: PlannedPage[];
  /** The same pages with what a reviewer should look at in each, doubtful first. */
  created: Assessment[];
  /** Homonyms the run left unlinked: warnings, not errors. */
  homonyms: Homonym[];
  stats: ExtractStats;
  /** Seconds from the first analysis to the end of the first matching pass: every article extracted once. */
  extractionS: number;
  articles: number;
  pages: number;
}
