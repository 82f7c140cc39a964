// The review of new pages: for each, the doubts (it is probably wrong or a duplicate) and notes (weaker signals)
// its name and evidence give, each a code, a sentence for people and the edit that settles it.
import type { PageRecord } from '../content/content-model.ts';
import { normaliseName } from '../text/normalise-name.ts';
import type { EntityKey } from '../types.ts';
import type { Doubt, Note } from './codes.ts';
import type { Evidence, EvidenceMention } from './evidence.ts';
import { cutShort } from './cut-short.ts';
import { kindHasCue } from './kind-cues.ts';
import { holdsFirstPerson, holdsNumber, holdsPercentage, opensWithQuantity, holdsTimeWord, isOrdinaryWord } from './name-signals.ts';
import { duplicateIndex, duplicateOf, type DuplicateIndex, type NamedPage } from './near-duplicates.ts';
import { inReference } from './reference-names.ts';
import { reviewWords } from './review-words.ts';
import { isCommonWord } from '../extract/nlp.ts';
import { wordSets, type Lexicon } from '../lexicon/lexicon.ts';

export interface Assessment {
  key: EntityKey;
  file: string;
  type: string;
  name: string;
  aliases: string[];
  kind?: string;
  doubts: Doubt[];
  notes: Note[];
  mentions: EvidenceMention[];
}

export interface AssessInput {
  /** The pages to assess (those a kb run created, or those waiting for review). */
  pages: PageRecord[];
  /** Every page, the assessed ones included. */
  allPages: PageRecord[];
  evidence: Map<EntityKey, Evidence>;
  /** Pages a name of the articles is left unlinked between (homonyms of the run). */
  homonymKeys: Set<EntityKey>;
  lexicon: Lexicon;
}

/** Days from the publication day past which a date whose year the text does not write is probably misread. */
const FAR_DAYS = 183;

const COUNTRY_KINDS = new Set(['state', 'country']);

const DAY_MS = 86_400_000;

function dayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year!, (month ?? 1) - 1, day ?? 15) / DAY_MS;
}

/** Does an issue's name hold a word of a matter the lexicon knows (head words, the issue families' words)? */
function namesKnownMatter(name: string, lexicon: Lexicon): boolean {
  const w = wordSets(lexicon);
  const lower = ` ${name.toLowerCase().replace(/[^\p{L}\s-]+/gu, ' ').replace(/\s+/g, ' ')} `;
  const words = lower.trim().split(/[\s-]+/);
  const lists = [w.headWords, w.lowerHeadWords, w.releaseWords, w.withdrawalWords, w.returnWords, w.wageWords];
  return words.some((word) => lists.some((list) => list.has(word))) || [...w.ceasefireWords].some((phrase) => lower.includes(` ${phrase} `));
}

/** A name of one or two words ending in a word the lexicon calls generic ("Other actions", "New plan"), an action
 * noun without what it acts on ("Swift resolution"), or a matter word qualified only by a word of time or degree
 * ("Ongoing war"); or a name opening with the effect or weight of a matter ("Impact on workers", "Grave danger of X"). */
function genericOnly(name: string, lexicon: Lexicon): boolean {
  const w = wordSets(lexicon);
  const words = name.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  const head = words.find((word) => !reviewWords().vagueModifiers.has(word)) ?? '';
  if (reviewWords().effectNouns.has(head)) return true;
  if (words.length > 2) return false;
  return w.genericHeads.has(last) || w.generalObjects.has(last) || w.actionNouns.has(last) || (words.length === 2 && reviewWords().vagueModifiers.has(words[0]!));
}

/** "a party", "an issue". */
function a(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function kindOf(page: PageRecord): string | undefined {
  return 'kind' in page.data ? page.data.kind : undefined;
}

export function assessPages(input: AssessInput): Assessment[] {
  const assessed = new Set(input.pages.map((page) => page.key));
  const named: NamedPage[] = input.allPages.map((page) => ({
    key: page.key,
    file: page.file,
    type: page.type,
    name: page.data.name,
    aliases: page.data.aliases,
    ...(kindOf(page) ? { kind: kindOf(page) } : {}),
    isNew: assessed.has(page.key),
    mentions: input.evidence.get(page.key)?.mentions.length ?? 0,
  }));
  const byType = new Map([...Map.groupBy(named, (page) => page.type)].map(([type, pages]) => [type, duplicateIndex(pages)]));
  const claims = new Map<string, PageRecord[]>();
  for (const page of input.allPages) {
    for (const form of new Set([page.data.name, ...page.data.aliases].map(normaliseName))) {
      const owners = claims.get(form);
      if (owners) owners.push(page);
      else claims.set(form, [page]);
    }
  }
  const namedByKey = new Map(named.map((page) => [page.key, page]));
  return input.pages.map((page) => {
    const evidence = input.evidence.get(page.key) ?? { mentions: [], positions: 0 };
    const self = namedByKey.get(page.key)!;
    return assessOne(page, evidence, self, byType.get(page.type)!, claims, input);
  });
}

function assessOne(
  page: PageRecord,
  evidence: Evidence,
  self: NamedPage,
  sameType: DuplicateIndex,
  claims: Map<string, PageRecord[]>,
  input: AssessInput,
): Assessment {
  const { name, aliases } = page.data;
  const kind = kindOf(page);
  const doubts: Doubt[] = [];
  const notes: Note[] = [];
  const reject = `add "${name}" to content/ignore.yml and delete ${page.file} (npm run review -- --reject "${name}")`;
  const known = page.type !== 'date' && page.type !== 'issue' && inReference([name, ...aliases]);
  const mentions = evidence.mentions;

  if (page.type !== 'date') {
    if (holdsPercentage(name)) doubts.push({ code: 'percentage', message: `"${name}" holds a percentage: a quantity, not ${a(page.type)}.`, fix: reject });
    // An issue may hold a year ("elections in 2024"), but one that opens with a number is a quantity ("Two steps").
    else if (page.type === 'issue' ? opensWithQuantity(name) : holdsNumber(name)) {
      doubts.push({ code: 'number', message: `"${name}" holds a number: a quantity, not ${a(page.type)}.`, fix: reject });
    }
    if (holdsTimeWord(name, input.lexicon) && page.type !== 'issue') {
      doubts.push({ code: 'time-phrase', message: `"${name}" holds a time word: a time phrase, not ${a(page.type)}.`, fix: reject });
    }
  }
  if ((page.type === 'party' || page.type === 'place') && !known) {
    if (isOrdinaryWord(name, input.lexicon)) {
      doubts.push({ code: 'common-word', message: `"${name}" is an ordinary English word, capitalised in the text.`, fix: reject });
    }
    const body = mentions.filter((mention) => mention.paragraph > 0);
    // The first word, possessive off: an ordinary word there ("Crumbs", "Education Cabinet") proves nothing by its capital.
    const first = (name.split(/\s+/)[0] ?? '').replace(/['’]s$/, '');
    if (body.length > 0 && body.every((mention) => mention.atSentenceStart) && /^\p{L}+$/u.test(first) && isCommonWord(first)) {
      doubts.push({
        code: 'sentence-start',
        message: `"${name}" is capitalised only where it opens a sentence, where every word is.`,
        fix: `${reject}; or, if it is a real name, keep it`,
      });
    }
  }

  if (page.type === 'party' || page.type === 'place') {
    const duplicate = known ? undefined : duplicateOf(self, sameType);
    if (duplicate) {
      const { other, how } = duplicate;
      const resemblance = { 'shared-words': 'shares its words with', acronym: 'is an acronym of, or spelt out by,', spelling: 'is spelt nearly like', surname: 'has the surname of' }[how];
      doubts.push({
        code: 'near-duplicate',
        message: `"${name}" ${resemblance} "${other.name}" (${other.file}).`,
        fix: `if they are one, add "${name}" to the aliases of ${other.file}, add "${page.slug}" to its replaces list and delete ${page.file} (npm run review -- --merge "${name}" "${other.name}")`,
        other: other.file,
      });
    }
    const twins = [...new Set([name, ...aliases].map(normaliseName))].flatMap((form) => claims.get(form) ?? [])
      .filter((other) => other.key !== page.key && !(COUNTRY_KINDS.has(kindOf(other) ?? '') && COUNTRY_KINDS.has(kind ?? '')));
    const twin = twins[0];
    // A reference name (a country) is the right owner of its name: the doubt is the other page's.
    if (!known && (twin || input.homonymKeys.has(page.key))) {
      doubts.push({
        code: 'homonym',
        message: twin ? `"${name}" is also a name of ${twin.file}: the linker cannot tell them apart.` : `"${name}" is left unlinked where the articles do not say which page they mean.`,
        fix: twin ? `keep the name on one page only: remove it from the other's aliases, or merge the two` : 'name the entity in full in the article, or move the spelling to one page\'s aliases',
        ...(twin ? { other: twin.file } : {}),
      });
    }
    if (!known && !kindHasCue(page.type, kind, name, mentions, input.lexicon)) {
      doubts.push({
        code: 'kind-without-cue',
        message: `"${name}" was taken for ${a(kind ?? 'party')} with no title, role or telling word in the text.`,
        fix: `check the kind: in ${page.file} set kind: to the right one (npm run review), or reject the page if it is not ${a(page.type)}`,
      });
    }
    if ((!kind || kind === 'other') && page.type === 'party' && !known) {
      // A party of no kind was taken for one only because it acts in a sentence ("X said"): no name word, no title.
      doubts.push({
        code: 'kind-without-cue',
        message: `"${name}" was taken for a party only because it acts in a sentence; nothing says what kind of party it is.`,
        fix: `set kind: in ${page.file} if it is a party (npm run review), or reject it`,
      });
    } else if (!kind || kind === 'other') {
      notes.push({ code: 'no-kind', message: 'No kind was found for it.', fix: `set kind: in ${page.file}` });
    }
    if (!known) notes.push({ code: 'not-in-reference', message: 'Not in the reference data.', fix: 'none needed if the name is right' });
  }

  if (page.type !== 'date' && !known && cutShort(mentions)) {
    doubts.push({
      code: 'cut-short',
      message: `"${name}" is followed in every sentence by a word that carries the phrase on: it was cut from a longer one.`,
      fix: `${reject}; or rename it to the whole phrase`,
    });
  }
  if (page.type === 'issue' && holdsFirstPerson(name)) {
    doubts.push({ code: 'quote-fragment', message: `"${name}" holds a first-person word: a speaker's words cut from a quote, not the name of a matter.`, fix: `${reject}; or rename it to the matter it speaks of` });
  }
  if (page.type === 'issue' && genericOnly(name, input.lexicon)) {
    doubts.push({
      code: 'generic-head',
      message: `"${name}" is a general word for a matter ("plan", "steps"), an action without its object ("swift resolution"), a matter qualified only by time or degree ("ongoing war") or the effect of one ("impact on workers"): it names no matter on its own.`,
      fix: `${reject}; or rename it to the matter the articles mean`,
    });
  }
  if (page.type === 'issue' && /^\p{L}+$/u.test(name) && !wordSets(input.lexicon).headWords.has(name.toLowerCase())) {
    doubts.push({
      code: 'bare-word',
      message: `"${name}" is a single word: a matter in dispute is named with what it concerns ("travel ban", "release of hostages").`,
      fix: `${reject}; or rename it to the whole matter`,
    });
  }
  // A matter the word lists know by its words ("release of …", "pensions", "ceasefire") is an issue even before a
  // party is seen to take a position on it.
  if (page.type === 'issue' && evidence.positions === 0 && !namesKnownMatter(name, input.lexicon)) {
    doubts.push({
      code: 'issue-without-party',
      message: `No party takes a position on "${name}": it may be a phrase, not a matter in dispute.`,
      fix: `${reject}; or add parties: to ${page.file}`,
    });
  }

  if (page.type === 'date' && 'date' in page.data) {
    const date = page.data.date;
    const year = date.slice(0, 4);
    const day = dayOf(date);
    const published = [...new Set(mentions.map((mention) => mention.published))];
    // A year the text writes is the text's word; a year worked out from the publication day ("on 17 July") that
    // lands half a year or more away from it was probably worked out wrong.
    const written = mentions.some((mention) => mention.surface.includes(year));
    if (!written && published.length > 0 && published.every((when) => Math.abs(dayOf(when) - day) > FAR_DAYS)) {
      doubts.push({
        code: 'date-far',
        message: `${name} is half a year or more from the day of every article that names it (${published.join(', ')}), and no article writes its year: the year may be misread.`,
        fix: `check the date in the article; if it is wrong, add "${name}" to content/ignore.yml and delete ${page.file}`,
      });
    }
  }

  const articles = new Set(mentions.map((mention) => mention.article));
  if (mentions.length <= 1 && articles.size <= 1) notes.push({ code: 'seen-once', message: 'Named once, in one article.', fix: 'none needed' });
  return {
    key: page.key,
    file: page.file,
    type: page.type,
    name,
    aliases,
    ...(kind ? { kind } : {}),
    doubts,
    notes,
    mentions,
  };
}
