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
 * An issue's name that opens with a quantity ("Two steps", "Millions of people"): a count, not a matter. A number
 * further in is the matter's own ("release of four aid workers", "elections in 2024").
 */
export function opensWithQuantity(name: string): boolean {
  return holdsNumber(name.split(/\s+/)[0] ?? '');
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

/**
 * A name of one word that, in lower case, is an ordinary English word ("Crumbs", "Teams"); not an acronym ("FARC")
 * nor a political group's name ("Democrats").
 */
export function isOrdinaryWord(name: string, lexicon: Lexicon): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const word = words[0]!;
  return words.length === 1 && /^\p{L}+$/u.test(word) && !/^\p{Lu}+$/u.test(word) && !wordSets(lexicon).politicalGroups.has(word.toLowerCase()) && isCommonWord(word);
}
