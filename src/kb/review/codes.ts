// The reasons a reviewer is asked to look at a new page: short codes for machines, a sentence for people and the
// edit that settles it. Doubts say the page is probably wrong or a duplicate; notes are weaker signals that most
// right pages of a new story share too ("seen once", "not in the reference data").

export const DOUBT_CODES = [
  'sentence-start',
  'number',
  'percentage',
  'time-phrase',
  'common-word',
  'near-duplicate',
  'homonym',
  'kind-without-cue',
  'issue-without-party',
  'quote-fragment',
  'bare-word',
  'generic-head',
  'cut-short',
  'date-far',
] as const;
export type DoubtCode = (typeof DOUBT_CODES)[number];

export const NOTE_CODES = ['seen-once', 'not-in-reference', 'no-kind'] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** One reason, with the page it concerns when there is one (the existing page a near-duplicate resembles). */
export interface Reason<C extends string> {
  code: C;
  /** A sentence for people, naming what the evidence shows. */
  message: string;
  /** The exact edit that settles it, for an editor with only a text editor (or GitHub's). */
  fix: string;
  /** For near-duplicates and homonyms: the other page's file. */
  other?: string;
}

export type Doubt = Reason<DoubtCode>;
export type Note = Reason<NoteCode>;

/** What each doubt means, in general terms: the site's /review/ page and the comment explain the codes with it. */
export const DOUBT_MEANING: Record<DoubtCode, string> = {
  'sentence-start': 'every mention stands at the start of a sentence, where any word is capitalised',
  number: 'the name holds a number',
  percentage: 'the name is or holds a percentage',
  'time-phrase': 'the name holds a day, month or other time word',
  'common-word': 'the name is an ordinary English word',
  'near-duplicate': 'another page has nearly the same name, an acronym of it, or the same surname',
  homonym: 'another page claims the same name',
  'kind-without-cue': 'the kind was guessed with no title, role or name word in the text to show it',
  'issue-without-party': 'no party takes a position on this issue',
  'quote-fragment': 'the issue holds a first-person word: words cut from a quote',
  'bare-word': 'the issue is a single word, without what it concerns',
  'generic-head': 'the issue is a general word for a matter ("steps", "actions"), an action without its object ("swift resolution"), a matter qualified only by time or degree ("ongoing war") or the effect of one ("impact on workers")',
  'cut-short': 'a word that carries the phrase on follows the name in every sentence: it was cut from a longer phrase',
  'date-far': 'the date is far from the day the article was published',
};

export const NOTE_MEANING: Record<NoteCode, string> = {
  'seen-once': 'named once, in one article',
  'not-in-reference': 'not among the countries, cities, regions and organisations of the reference data',
  'no-kind': 'no kind was found for it',
};
