// Whether a new page is probably another page under a second name: one name's words within the other's, an
// acronym of it, a spelling a letter or two away, or the same person by surname. Pure string work on the names.
import { foldWords } from '../search/fold-name.ts';
import { allowedEdits } from '../search/match-names.ts';
import { editDistance } from '../text/edit-distance.ts';
import { reviewWords } from './review-words.ts';

export interface NamedPage {
  key: string;
  file: string;
  type: string;
  name: string;
  aliases: string[];
  kind?: string;
  /** Created by this run (a new page), or standing already. */
  isNew: boolean;
  mentions: number;
}

export type Likeness = 'shared-words' | 'acronym' | 'spelling' | 'surname';

/** keyWords of each name seen: a name is compared with many candidates, and folding it is the costly part. */
const keyWordsOf = new Map<string, string[]>();

/** The folded words that carry a name: minor words and lone initials dropped. */
export function keyWords(name: string): string[] {
  let words = keyWordsOf.get(name);
  if (!words) {
    const minor = reviewWords().minorWords;
    words = foldWords(name).filter((word) => !minor.has(word) && !/^\p{L}$/u.test(word));
    keyWordsOf.set(name, words);
  }
  return words;
}

/** "KNUT", "U.N.": capitals only (dots allowed), two to eight letters. */
function acronymLetters(form: string): string | undefined {
  const letters = form.replace(/\./g, '');
  return /^\p{Lu}{2,8}$/u.test(letters) ? letters.toLowerCase() : undefined;
}

/** The initials of a name's capitalised words ("Kenya National Union of Teachers" → "knut"). */
function initials(form: string): string {
  return form.split(/[\s\-–]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]!.toLowerCase()).join('');
}

/** `short` is `long` with at most one letter left out. */
function nearlyEqual(short: string, long: string): boolean {
  if (short === long) return true;
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function isAcronymOf(acronymForm: string, fullForm: string): boolean {
  const letters = acronymLetters(acronymForm);
  if (!letters || letters.length < 2 || acronymLetters(fullForm)) return false;
  const full = initials(fullForm);
  return full.length >= 2 && (nearlyEqual(letters, full) || (letters.length >= 3 && nearlyEqual(full, letters)));
}

function within(small: string[], large: string[]): boolean {
  return small.length > 0 && small.every((word) => large.includes(word));
}

/** How the two forms (a name or alias of each page) resemble each other, if they do. */
export function likeness(a: string, b: string, bothPeople: boolean): Likeness | undefined {
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return 'acronym';
  const wa = keyWords(a);
  const wb = keyWords(b);
  if (wa.length === 0 || wb.length === 0) return undefined;
  if (within(wa, wb) || within(wb, wa)) return 'shared-words';
  const ja = wa.join(' ');
  const jb = wb.join(' ');
  const shorter = Math.min(ja.length, jb.length);
  if (shorter >= 5 && editDistance(ja, jb, allowedEdits(shorter)) <= allowedEdits(shorter)) return 'spelling';
  if (bothPeople && wa.length > 1 && wb.length > 1 && wa.at(-1) === wb.at(-1) && wa[0]![0] === wb[0]![0]) return 'surname';
  return undefined;
}

const FORMS = (page: NamedPage) => [page.name, ...page.aliases];

/**
 * Of two alike pages, the one a reviewer should fold into the other: a new page before a standing one; then the
 * acronym or the name of fewer words; then the one named less often.
 */
function lesser(a: NamedPage, b: NamedPage, how: Likeness): NamedPage {
  if (a.isNew !== b.isNew) return a.isNew ? a : b;
  if (how === 'acronym') return acronymLetters(a.name) ? a : b;
  const words = keyWords(a.name).length - keyWords(b.name).length;
  if (words !== 0) return words < 0 ? a : b;
  if (a.mentions !== b.mentions) return a.mentions < b.mentions ? a : b;
  return a.key > b.key ? a : b;
}

/**
 * The pages of one type indexed by what likeness needs to share (a key word, initials and acronym letters, a first
 * letter), so each page is compared with a few candidates, not with every page of a large collection.
 */
export interface DuplicateIndex {
  candidates(page: NamedPage): Set<NamedPage>;
}

/** A name's key words, each once, in order: the set a page is filed under whole. */
const wordSet = (words: string[]): string => [...new Set(words)].sort().join(' ');

/** Every non-empty subset of up to SUBSET_WORDS words, as word sets: the names whose words all lie within these. */
const SUBSET_WORDS = 6;
function subsets(words: string[]): string[] {
  const unique = [...new Set(words)].sort().slice(0, SUBSET_WORDS);
  const out: string[] = [];
  for (let mask = 1; mask < 1 << unique.length; mask++) out.push(unique.filter((_, i) => mask & (1 << i)).join(' '));
  return out;
}

/** The letters one away from `letters`: one dropped or one put in ("KUT" and "KNUT"). */
function oneAway(letters: string): string[] {
  const near = [letters];
  for (let i = 0; i <= letters.length; i++) {
    if (i < letters.length) near.push(letters.slice(0, i) + letters.slice(i + 1));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') near.push(letters.slice(0, i) + letter + letters.slice(i));
  }
  return near;
}

/**
 * Candidates are looked up by what each likeness needs, so that a page meets a few dozen others however many
 * pages share a common word ("Holdings", "Council"): names whose words all lie within this one's (by their
 * word set), names holding all of this one's words (through its rarest word), people of the same surname, names
 * spelt alike (their first words share the first or the last three letters), and acronyms against initials,
 * one letter either way.
 */
export function duplicateIndex(pages: NamedPage[]): DuplicateIndex {
  const buckets = new Map<string, NamedPage[]>();
  const put = (key: string, page: NamedPage) => {
    const list = buckets.get(key);
    if (!list) buckets.set(key, [page]);
    else if (list.at(-1) !== page) list.push(page);
  };
  const bucket = (key: string) => buckets.get(key) ?? [];
  for (const page of pages) {
    for (const form of FORMS(page)) {
      const words = keyWords(form);
      for (const word of words) put(`w:${word}`, page);
      if (words.length > 0) put(`s:${wordSet(words)}`, page);
      if (words[0]) {
        put(`p:${words[0].slice(0, 3)}`, page);
        put(`e:${words[0].slice(-3)}`, page);
      }
      const letters = acronymLetters(form);
      if (letters) put(`a:${letters}`, page);
      else if (initials(form).length >= 2) put(`i:${initials(form)}`, page);
    }
  }
  return {
    candidates(page) {
      const out = new Set<NamedPage>();
      const add = (list: NamedPage[]) => list.forEach((other) => out.add(other));
      for (const form of FORMS(page)) {
        const words = keyWords(form);
        for (const subset of subsets(words)) add(bucket(`s:${subset}`));
        const rarest = [...words].sort((a, b) => bucket(`w:${a}`).length - bucket(`w:${b}`).length)[0];
        if (rarest) add(bucket(`w:${rarest}`));
        if (page.kind === 'person' && words.length > 1) add(bucket(`w:${words.at(-1)}`));
        if (words[0]) {
          add(bucket(`p:${words[0].slice(0, 3)}`));
          add(bucket(`e:${words[0].slice(-3)}`));
        }
        const letters = acronymLetters(form);
        if (letters) for (const key of oneAway(letters)) add(bucket(`i:${key}`));
        else if (initials(form).length >= 2) for (const key of oneAway(initials(form))) add(bucket(`a:${key}`));
      }
      return out;
    },
  };
}

/** The page `page` probably duplicates, among the candidates of its type the index gives, and how they are alike. */
export function duplicateOf(page: NamedPage, index: DuplicateIndex): { other: NamedPage; how: Likeness } | undefined {
  for (const other of [...index.candidates(page)].sort((a, b) => a.key.localeCompare(b.key))) {
    if (other.key === page.key || other.type !== page.type) continue;
    if (page.kind && other.kind && page.kind !== 'other' && other.kind !== 'other' && page.kind !== other.kind) continue;
    const bothPeople = page.kind === 'person' && other.kind === 'person';
    for (const a of FORMS(page)) {
      for (const b of FORMS(other)) {
        const how = likeness(a, b, bothPeople);
        if (how && lesser(page, other, how) === page) return { other, how };
      }
    }
  }
  return undefined;
}
