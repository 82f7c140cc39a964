// Issue merging: phrases naming the same matter (same head family and object) become one issue, joined to issue pages.
import type { EntityKey } from '../types.ts';
import { alternation, perLexicon, wordSets, type Lexicon, type WordSets } from '../lexicon/lexicon.ts';
import { comparisonForm } from '../text/normalise-name.ts';
import { reverses } from './polarity.ts';

/** An issue page, so that phrases found in an article can join it. */
export interface IssuePage {
  key: EntityKey;
  name: string;
  /** Normalised name and aliases. */
  forms: string[];
  /** The matter its name names (see issueFamily). */
  family: string;
}

/** The lexicon as family keys read it: each family's words as a whole-word pattern over a normalised phrase. */
interface FamilyWords extends WordSets {
  held: RegExp;
  release: RegExp;
  screening: RegExp;
  displaced: RegExp;
  ceasefire: RegExp;
  lasting: RegExp;
  withdrawal: RegExp;
  return: RegExp;
  wage: RegExp;
  /** Quantities dropped from inside a name. */
  dropped: RegExp;
  /** A possessive pronoun after a preposition inside a name: " of its ". */
  innerPossessive: RegExp;
}

const wholeWords = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${alternation(list)})\\b`);

const familyWordsOf = perLexicon((lexicon): FamilyWords => ({
  ...wordSets(lexicon),
  // the word before the people held is their qualifier: "Norvan prisoners"
  held: new RegExp(`(?:\\b(\\p{L}+) )?\\b((?:${alternation(lexicon.heldPeople)})s?)\\b`, 'u'),
  release: wholeWords(lexicon.releaseWords),
  screening: wholeWords(lexicon.screeningWords),
  displaced: wholeWords(lexicon.displacedWords),
  ceasefire: wholeWords(lexicon.ceasefireWords),
  lasting: wholeWords(lexicon.lastingWords),
  withdrawal: wholeWords(lexicon.withdrawalWords),
  return: wholeWords(lexicon.returnWords),
  wage: wholeWords(lexicon.wageWords),
  innerPossessive: new RegExp(`(\\s(?:${alternation(lexicon.innerPrepositions)})\\s+)(?:${alternation(lexicon.possessivePronouns)})\\s+`, 'gi'),
  dropped: new RegExp(`\\b(?:${alternation(lexicon.droppedQuantities)})\\s+`, 'gi'),
}));

/** A key shared by phrases that name the same matter: "release:prisoner", "withdrawal:velmor", "ceasefire:permanent";
 * a phrase of no known family is keyed by its content words (no colon). */
export function issueFamily(phrase: string, lexicon: Lexicon): string {
  const w = familyWordsOf(lexicon);
  const n = comparisonForm(phrase);
  const words = n.split(' ');
  const has = (re: RegExp): boolean => re.test(n);
  const objectMatch = w.held.exec(n);
  if (objectMatch && has(w.release)) {
    // "Norvan prisoners" and "Velmori prisoners" are different matters: a capitalised qualifier is kept.
    const qualifier = objectMatch[1] && new RegExp(`\\b${objectMatch[1]}\\b`, 'i').test(phrase) && /\p{Lu}/u.test(phrase.match(new RegExp(`\\b${objectMatch[1]}\\b`, 'i'))![0]) ? `:${objectMatch[1]}` : '';
    return `release:${objectMatch[2]!.replace(/s$/, '')}${qualifier}`;
  }
  if (has(w.screening)) return `screening:${has(w.displaced) ? 'displaced' : n}`;
  if (has(w.ceasefire)) return has(w.lasting) ? 'ceasefire:permanent' : 'ceasefire:any';
  if (has(w.withdrawal)) {
    // the place withdrawn from: the last capitalised word that is not a place suffix ("the Velmor corridor" = "Velmor Corridor")
    const words = [...phrase.slice(1).matchAll(/\b\p{Lu}[\p{L}-]+/gu)].map((m) => m[0].toLowerCase()).filter((word) => !w.placeSuffixes.has(word));
    return `withdrawal:${words[words.length - 1] ?? ''}`;
  }
  if (has(w.return) && has(w.displaced)) return 'return:displaced';
  if (has(w.wage)) return 'wages:any';
  // "lifting of tariffs" names the same matter as "tariffs", reversed (see polarity.ts)
  return words.filter((word) => !w.familyStopWords.has(word) && !w.reversalWords.has(word)).join(' ');
}

/** The longest phrase kept as an issue's alias or opposite, in words. */
const MAX_ALIAS_WORDS = 10;

export interface MergedIssue {
  name: string;
  key?: EntityKey;
  aliases: string[];
  /** Phrases naming the reverse of the issue's name ("withdrawal from X" of "presence in X"): never aliases. */
  opposites: string[];
  family: string;
}

/** A readable canonical phrase: inner quantifiers dropped ("release of a number of X" → "release of X"), and a
 * possessive pronoun after a preposition, which points into the sentence ("withdrawal of its troops" → "withdrawal of
 * troops"); capitalised. */
export function canonicalPhrase(phrase: string, lexicon: Lexicon): string {
  const w = familyWordsOf(lexicon);
  const clean = phrase.replace(w.dropped, '').replace(w.innerPossessive, '$1').replace(/\s+/g, ' ').trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/** Group phrases by family; each group is named by its shortest head-cue phrase and joined to a page when one matches.
 * Returns the merged issue of each phrase text. */
export function mergeIssues(phrases: { text: string; head: boolean }[], pages: IssuePage[], lexicon: Lexicon): Map<string, MergedIssue> {
  const groups = new Map<string, { text: string; head: boolean }[]>();
  const familyOf = new Map<string, string>();
  const aliasFamily = new Map<string, string>();
  for (const p of phrases) {
    const family = familyOf.get(p.text) ?? issueFamily(p.text, lexicon);
    familyOf.set(p.text, family);
    if (!family) continue;
    const list = groups.get(family) ?? [];
    list.push(p);
    groups.set(family, list);
  }
  // An unqualified "release of hostages" joins the one qualified family of the article ("release:hostage:norvan").
  for (const family of [...groups.keys()]) {
    if (!/^release:[a-z]+$/.test(family)) continue;
    const qualified = [...groups.keys()].filter((f) => f.startsWith(`${family}:`));
    if (qualified.length !== 1) continue;
    groups.get(qualified[0]!)!.push(...groups.get(family)!);
    groups.delete(family);
    aliasFamily.set(family, qualified[0]!);
  }
  // A short phrase inside a longer one of another group names the same matter when it opens it ("sanctions" in
  // "sanctions on X"), when it is a bare head word ("detainees" in "release of sailors and detainees"), or when the
  // longer one reverses it ("lift the fishing ban" of "fishing ban"). Otherwise it is what the longer matter is
  // about, not that matter: "an inquiry into the drought" is no drought.
  const w = wordSets(lexicon);
  for (const [family, list] of [...groups]) {
    if (family.includes(':')) continue;
    const brief = !list.some((p) => wordCount(p.text) > 3);
    const short = list.map((p) => ({ text: p.text, form: ` ${comparisonForm(p.text)} ` }));
    const into = [...groups.keys()].find((f) => f !== family && groups.get(f)!.some((p) => {
      const long = ` ${comparisonForm(p.text)} `;
      return short.some((s) => long.length > s.form.length && long.includes(s.form) &&
        ((brief && (long.startsWith(s.form) || isHeadWord(w, s.form.trim()) || (long.endsWith(s.form) && isHeadWord(w, s.form.trim().split(' ').at(-1)!)) || reverses(p.text, s.text, lexicon))) ||
          // "good neighbourly relations between X and Y" of "neighbourly relations between X and Y": modifiers only
          // ("assistance after severe floods" is help, not the floods)
          (long.endsWith(s.form) && !/\b(?:of|in|on|into|for|to|from|about|over|with|by|at|between|against|after|before|following|during|since|amid|through|under|across)\b/.test(long.slice(0, long.length - s.form.length)))));
    }));
    if (!into) continue;
    groups.get(into)!.push(...list);
    groups.delete(family);
    aliasFamily.set(family, into);
  }
  const out = new Map<string, MergedIssue>();
  for (const [family, list] of groups) {
    const ranked = [...list].sort((a, b) => Number(b.head) - Number(a.head) || wordCount(a.text) - wordCount(b.text));
    const preferred = ranked.find((p) => wordCount(p.text) >= 2) ?? ranked[0]!;
    const issue: MergedIssue = { name: canonicalPhrase(preferred.text, lexicon), aliases: [], opposites: [], family };
    const forms = new Set(list.map((p) => comparisonForm(p.text)));
    const page = choosePage(forms, family, pages);
    if (page) {
      issue.key = page.key;
      issue.name = page.name;
    }
    const seen = new Set([issue.name.toLowerCase()]);
    for (const p of list) {
      // an alias is a name: a long phrase ("a request from X to start negotiations on Y") still joins the issue
      // through its family, but is no other name for it
      if (seen.has(p.text.toLowerCase()) || wordCount(p.text) > MAX_ALIAS_WORDS) continue;
      seen.add(p.text.toLowerCase());
      (reverses(p.text, issue.name, lexicon) ? issue.opposites : issue.aliases).push(p.text);
    }
    out.set(family, issue);
  }
  for (const from of aliasFamily.keys()) {
    let to = aliasFamily.get(from)!;
    while (aliasFamily.has(to)) to = aliasFamily.get(to)!;
    out.set(from, out.get(to)!);
  }
  const byPhrase = new Map<string, MergedIssue>();
  for (const [text, family] of familyOf) {
    const issue = out.get(family);
    if (issue) byPhrase.set(text, issue);
  }
  return byPhrase;
}

interface PageIndex {
  byForm: Map<string, IssuePage[]>;
  byFamily: Map<string, IssuePage[]>;
}
const PAGE_INDEX = new WeakMap<IssuePage[], PageIndex>();

function pageIndex(pages: IssuePage[]): PageIndex {
  let index = PAGE_INDEX.get(pages);
  if (index) return index;
  index = { byForm: new Map(), byFamily: new Map() };
  for (const page of pages) {
    for (const form of new Set(page.forms)) index.byForm.set(form, [...(index.byForm.get(form) ?? []), page]);
    index.byFamily.set(page.family, [...(index.byFamily.get(page.family) ?? []), page]);
  }
  PAGE_INDEX.set(pages, index);
  return index;
}

/** The page a group of phrases joins: the one sharing most of its forms (a multi-word form counts double, a shared
 * family once), so that a page which only shares a bare word ("detainees") or only the family loses to one that names
 * the phrases; several pages may share a family. Ties go to the first page by key. */
export function choosePage(forms: Set<string>, family: string, pages: IssuePage[]): IssuePage | undefined {
  const { byForm, byFamily } = pageIndex(pages);
  const score = new Map<IssuePage, number>();
  for (const form of forms) {
    for (const page of byForm.get(form) ?? []) score.set(page, (score.get(page) ?? 0) + (form.includes(' ') ? 2 : 1));
  }
  for (const page of byFamily.get(family) ?? []) score.set(page, (score.get(page) ?? 0) + 1);
  let best: IssuePage | undefined;
  let bestScore = 0;
  // Ties go to the first page by key: the pages' order (loaded, or planned this run) must not decide.
  for (const page of [...score.keys()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const s = score.get(page) ?? 0;
    if (s > bestScore) {
      best = page;
      bestScore = s;
    }
  }
  return best;
}

function isHeadWord(w: WordSets, word: string): boolean {
  return w.headWords.has(word) || w.lowerHeadWords.has(word);
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}
