// What a name alone says against being a page: a number, a percentage, a time phrase, an ordinary word.
import { isCommonWord } from '../extract/nlp.ts';
import { wordSets, type Lexicon } from '../lexicon/lexicon.ts';
import { reviewWords } from './review-words.ts';

/** The lower-case words of a name, split at spaces, hyphens and slashes ("U.S." stays whole). */
export function lowerWords(name: string): string[] {
  return name.toLowerCase().split(/[\s\-–/]+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')).filter(Boolean);
}

/** A number word standing alone ("Three Thousand"; not the "two" of "two-state"). */
function holdsNumberWord(name: string): boolean {
  const words = reviewWords().numberWords;
  return name.toLowerCase().split(/\s+/).some((word) => words.has(word.replace(/[^\p{L}]+$/u, '')));
}

/** A digit or a number word. */
export function holdsNumber(name: string): boolean {
  return /\p{N}/u.test(name) || holdsNumberWord(name);
}

/**
 * A quantity in an issue's name: a number word, or digits that are not a year ("Relief for millions of Americans",
 * "Two steps"; not "elections in 2024" nor "two-state solution").
 */
export function holdsQuantity(name: string): boolean {
  return holdsNumberWord(name) || /\p{N}/u.test(name.replace(/\b(1[89]|20)\d\d\b/g, ''));
}

/** A first-person word ("my", "our"): the words of a speaker, not the name of a matter. */
export function holdsFirstPerson(name: string): boolean {
  const words = reviewWords().firstPersonWords;
  return name.split(/\s+/).some((word) => words.has(word.toLowerCase().replace(/[^\p{L}]+/gu, '')) && word !== 'US' && word !== 'U.S.');
}

export function holdsPercentage(name: string): boolean {
  const lower = ` ${lowerWords(name).join(' ')} `;
  return name.includes('%') || reviewWords().percentWords.some((word) => lower.includes(` ${word} `));
}

export function holdsTimeWord(name: string, lexicon: Lexicon): boolean {
  const sets = wordSets(lexicon);
  const time = reviewWords().timeWords;
  return lowerWords(name).some((word) => time.has(word) || sets.calendarWords.has(word) || sets.relativeDays.has(word));
}

/** A name of one word that, in lower case, is an ordinary English word ("Crumbs", "Teams"). */
export function isOrdinaryWord(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  return words.length === 1 && /^\p{L}+$/u.test(words[0]!) && isCommonWord(words[0]!);
}
