// The word lists extraction reads: the engine's own (src/kb/lexicon/*.yml), extended by an editor's content/lexicon.yml.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { engineDir } from '../cache/engine-digest.ts';
import { parseYamlFields } from '../content/frontmatter.ts';
import { validateFrontmatter } from '../content/validate.ts';
import { DossierError, DossierErrors } from '../errors.ts';
import { PLACE_KINDS } from '../schemas/entity.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';

/** The editor's additions, in content/. */
export const LEXICON_FILE = 'lexicon.yml';

/** Words and phrases, compared in lower case. */
const words = z.array(z.string().trim().min(1).toLowerCase(), {
  error: 'must be a list of words in square brackets, for example [cabinet secretary, chief whip]',
});

export const lexiconSchema = z.strictObject({
  // titles.yml
  /** Titles before a person's name ("foreign minister", "sheikh"), a hyphen being a word of its own. */
  titles: words,
  /** Nouns that name a role: "a representative for X", "X official Y". */
  roleNouns: words,
  /** Words that may stand before a role noun: "a senior official". */
  roleModifiers: words,
  /** Words that may also stand between a party and the role before a name: "X political leader Y". */
  roleFields: words,
  /** Roles that tie a person to a place rather than a party: "a resident of X". */
  placeRoles: words,
  /** Words of the portfolio after a title and "of" or "for": "Minister of Foreign Affairs X", "Secretary of Energy X". */
  portfolios: words,
  /** Forms of address before a title or a name, never a name themselves: "His Excellency", "Dr.". */
  honorifics: words,
  // names.yml
  /** Particles inside a person's or place's name: "bin", "al", "van". */
  particles: words,
  /** Particles a surname keeps, compared as written (not lower-cased): "al Sabri" of "Karim al Sabri". */
  surnameParticles: z.array(z.string().trim().min(1), { error: 'must be a list of words in square brackets, for example [al, Al]' }),
  /** Words that make a capitalised name an event, a law or a storm: "Storm X", "X Accord". */
  eventWords: words,
  /** Days, months and relative days: never a name, and they end an issue phrase. */
  calendarWords: words,
  /** Months as news style abbreviates them before a day ("Nov. 4"): with their dot, never a name. */
  monthAbbreviations: words,
  // tense.yml
  /** Relative days, resolved from the publication day: "tomorrow". */
  relativeDays: words,
  /** Cues of the future anywhere in a date's clause: "will", "is due to", "next". */
  futureCues: words,
  /** Cues of the future only before the date: "would", "expires", "takes office". */
  futureCuesBefore: words,
  /** Verbs of an appeal to act, which speaks of a day ahead: "urged … to return on Monday". */
  appealVerbs: words,
  /** Verbs of a commitment to act, which speaks of a day ahead: "pledged to visit in April". */
  commitmentVerbs: words,
  /** Irregular past participles that tie a date after a future cue to a past event: "seized". */
  pastParticiples: words,
  /** Verbs of deferral: "adjourned until X" makes X near the publication day. */
  deferralVerbs: words,
  /** Present-tense verbs and modals: "the deadline is X" makes X near the publication day. */
  presentCues: words,
  /** Verbs in the simple past, irregular ones (a word in -ed counts too): "said Monday it will" is past. */
  pastForms: words,
  /** Parts of a day that "next" or "following" count from the story's own day: "the next day" is no future. */
  storyDays: words,
  // organisations.yml
  /** Last words of an organisation's name: "X Movement", "X Authority". */
  organisationSuffixes: words,
  /** Lower-case nouns that, as a definite subject ("the militant group"), stand for the organisation named last. */
  referringBodyNouns: words,
  /** Plural nouns for two people named before: "The two leaders reaffirmed …". */
  referringPeopleNouns: words,
  /** Plural nouns for two states or bodies named before: "Both countries agreed …". */
  referringPairNouns: words,
  /** Nouns of a statement in a signature line: "Statement by X". */
  signatureNouns: words,
  /** Nouns of a party's envoys after its name: "the Norvan delegation". */
  delegationNouns: words,
  /** Words after which "of", "on" or "for" and a name go on with the name: "Ministry of Employment". */
  organisationHeads: words,
  /** Lower-case nouns after a name that make it an organisation: "the X union". */
  organisationNounsAfter: words,
  /** Last words of a media outlet's name: "X TV". */
  mediaSuffixes: words,
  /** Political groups named by a plural common noun: "Democrats demanded". */
  politicalGroups: words,
  /** With the organisation suffixes, ordinary words for a body before a role, which name no party: "Opposition leader X". */
  genericBodies: words,
  /** Verbs and phrases of a contest whose object is the other side: "X beat Y", "lost to Y". */
  contestVerbs: words,
  // places.yml
  /** Last words of a place's name and the kind of place they make: "X Corridor" is a corridor. */
  placeSuffixes: z.record(
    z.string().trim().min(1).toLowerCase(),
    z.enum(PLACE_KINDS, { error: `must be a kind of place: one of ${PLACE_KINDS.join(', ')}` }),
    { error: 'must be suffixes with the kind of place each makes, for example { lagoon: region }' },
  ),
  /** Suffixes of a name that is the same place as its first word: "X Corridor" = "X". */
  foldablePlaceSuffixes: words,
  /** Suffixes of a territory around a place of the same name: "X" and "the X Strip" are one place. */
  territorySuffixes: words,
  /** Lower-case nouns after a name that make it a place: "the X region". */
  placeNounsAfter: words,
  /** Words before a name that make it a place: "in X". */
  placePrepositions: words,
  /** With the place prepositions, words before a country that make it a location: "travel to X". */
  locativeWords: words,
  /** Nouns before "of" and a name that make it a place: "the streets of X". */
  placeOfNouns: words,
  /** Words between "in" and a place that holds another: "X in southern Y". */
  compassWords: words,
  // speech.yml
  /** Verbs that say someone spoke or acted: "X said" makes X a party. */
  speechVerbs: words,
  /** Verbs that report a clause whose actor is someone else: "X said the companies had refused". */
  reportingVerbs: words,
  /** Verbs that introduce an accusation or a report of one: their subject is the accuser. */
  accusingVerbs: words,
  /** Words after which "to X" addresses a party rather than a place: "a letter to X". */
  communicationWords: words,
  /** Words that open a clause of its own: "but", "while". */
  clauseOpeners: words,
  /** Words right before an outlet's name: "told X". */
  outletCuesBefore: words,
  /** Words right after an outlet's name: "X reported". */
  outletCuesAfter: words,
  /** Words after which a party is not the subject of the sentence: "mediators from X". */
  nonSubjectPrepositions: words,
  // issues.yml
  /** Cues of a demand: "called for X". */
  demandCues: words,
  /** Cues of a rejection: "rejected X". */
  rejectCues: words,
  /** Rejections levelled at another party: "reneged on X"; the accuser demands X. */
  accusationCues: words,
  /** The writer's impersonal demands: "It is time for X to …". */
  authorCues: words,
  /** Appeal cues whose object is the addressee: "called on X to …". */
  addresseeCues: words,
  /** Demands imposed on another party: "imposed X"; whoever reports it rejects X. */
  impositionCues: words,
  /** Cues of an acceptance: "agreed to X". */
  acceptCues: words,
  /** Verbs that credit someone with an achievement: "congratulated X for reaching Y" (X accepts Y). */
  creditCues: words,
  /** What one is credited for that is an acceptance of its object: "for reaching", "for signing". */
  achievementVerbs: words,
  /** Nouns of an agreement reached: "for the agreements they announced on Y". */
  agreementNouns: words,
  /** Nouns of what someone is credited with: "recognised the efforts of X" takes no stance. */
  creditedNouns: words,
  /** Qualities asked of someone, no matter alone: "to show responsibility". */
  virtueNouns: words,
  /** Nouns of what others say, before "that": "rejected claims that X". */
  claimNouns: words,
  /** Verbs of denial: "denied that it had violated X" accuses no one. */
  denialVerbs: words,
  /** Verbs that dismiss a claim: "rejected claims that X". */
  dismissalVerbs: words,
  /** Adverbs of degree before a judgement: "totally unjustified". */
  degreeAdverbs: words,
  /** Verbs by which an agreement provides for a matter: "any deal that does not include X". */
  provisionVerbs: words,
  /** Verbs that take back a stance said by a noun: "dropped its opposition to X". */
  retractVerbs: words,
  /** Verbs by which an agreement names what it holds: "It includes X, Y and Z". */
  containVerbs: words,
  /** Verbs whose clause is a verdict: "ruled that the levy was unconstitutional". */
  verdictVerbs: words,
  /** Verbs that judge their object: "called the tariffs unjustified". */
  judgementVerbs: words,
  /** Judgements that reject the matter judged: "unjustified", "a mistake". */
  rejectingJudgements: words,
  /** Judgements that accept the matter judged: "a breakthrough", "acceptable". */
  acceptingJudgements: words,
  /** Verbs by which an agreement binds a party to act: "a deal that would require X to stop Y". */
  requireVerbs: words,
  /** Nouns of an outcome that need what they resolve: "a swift resolution" of the rift named before. */
  resolutionNouns: words,
  /** Nouns of a conflict that a bare resolution resolves: "the rift among X", "the dispute over Y". */
  conflictNouns: words,
  /** Passive verbs of a halt to a named event, with the noun naming it: "COP 9 was suspended" → "suspension of". */
  haltedEvents: z.record(z.string().trim().min(1).toLowerCase(), z.string().trim().min(1), {
    error: 'must be passive verbs with the noun phrase naming the halt, for example { suspended: suspension of }',
  }),
  /** Participles that link a matter to another, ending the first: "the order involving X". */
  linkingParticiples: words,
  /** Gerunds of a means, named by what it serves: "using every lever to promote X" is about X. */
  meansGerunds: words,
  /** Nouns of an intention that name the matter they intend: "plans to impose tariffs on X" is about "tariffs on X". */
  intentionNouns: words,
  /** Nouns of a stance whose "of" brings in the matter, not who holds it: "its rejection of X". */
  stanceObjectNouns: words,
  /** Phrases that bring in who asked for what the clause did: "mobilised assistance at the request of X". */
  requestCues: words,
  /** Adjectives of necessity: "it is vital that X" demands X. */
  necessityWords: words,
  /** Verbs of happening whose subject is the matter: "that a medal ceremony take place". */
  existenceVerbs: words,
  /** Phrases that bring in who objected to what the clause did: "approved the order over the dissent of X". */
  overObjectionCues: words,
  /** Verbs that undo a decision: an appeal "to overturn the ruling" rejects the ruling. */
  undoVerbs: words,
  /** Nouns of a decision that undo verbs undo: "order", "ruling". */
  decisionNouns: words,
  /** Nouns of doing away with a matter: "called for the elimination of X" rejects X. */
  eliminationNouns: words,
  /** Nouns of help given: "mobilised assistance" after a disaster is named by the disaster. */
  aidNouns: words,
  /** Sentence openings that name the disaster a clause answers: "Following severe floods in X, …". */
  crisisOpeners: words,
  /** Nouns of a disaster or crisis: "floods", "earthquake". */
  crisisNouns: words,
  /** Nouns of what a matter does: "X and their impact on Y" names no second matter. */
  effectNouns: words,
  /** Nouns of need: "the importance of X" in a list of things to end is a demand of X. */
  needNouns: words,
  /** Nouns of a proposal: "This proposal would achieve X" says its proposer proposes X. */
  proposalNouns: words,
  /** Cues of a proposal: "proposed X". */
  proposeCues: words,
  /** Cues that name the matter after a copula: "the main issue is X". */
  subjectCues: words,
  /** Cues followed by the matter: "a dispute over X". */
  disputeCues: words,
  /** Cues that are part of the matter itself: "release of X", "wage increase". */
  headCues: words,
  /** Words that name a contested matter wherever they stand: "ceasefire". */
  headWords: words,
  /** Words that name a matter only in lower case: "climate finance", not "Finance Minister". */
  lowerHeadWords: words,
  /** Lower-case words that name a matter only with a modifier or complement: "travel ban". */
  matterHeads: words,
  /** Nouns of an action that name a matter only with what they act on: "appointment of X". */
  actionNouns: words,
  /** Last words of a capitalised name that make it an agreement, law or measure: "X Accord". */
  instrumentWords: words,
  /** Verbs that stop a matter: "urged X to end Y" rejects Y. */
  haltVerbs: words,
  /** Nouns of a span of time, which end a matter: "for a long time". */
  timeSpanNouns: words,
  /** Modals of obligation: "a ceasefire must …" demands it. */
  obligationModals: words,
  /** Verbs that open a matter, with the noun that names it: "withdraw from" → "withdrawal from". */
  verbNouns: z.record(z.string().trim().min(1).toLowerCase(), z.string().trim().min(1), {
    error: 'must be verbs with the noun phrase that names their matter, for example { withdraw from: withdrawal from }',
  }),
  /** Gerunds that open a matter, with the noun phrase that names it: "assessing X" → "assessment of X". */
  gerundNouns: z.record(z.string().trim().min(1).toLowerCase(), z.string().trim().min(1), {
    error: 'must be gerunds with the noun phrase that names their matter, for example { assessing: assessment of }',
  }),
  /** Verbs of change with the noun naming the change: "wants it lowered" → "lowering of". */
  changeNouns: z.record(z.string().trim().min(1).toLowerCase(), z.string().trim().min(1), {
    error: 'must be verbs with the noun phrase naming the change, for example { lower: lowering of }',
  }),
  /** Last words of a phrase that names no matter on its own: "the plan". */
  genericHeads: words,
  /** Nouns of talk about a matter, dropped with their preposition: "discussions about X". */
  framingNouns: words,
  /** Nouns of a danger or a prospect: "the grave danger of X" is about X. */
  riskNouns: words,
  /** Intensifiers that may stand inside a cue after its first word: "expressed deep concern about". */
  cueIntensifiers: words,
  /** Adverbials between a cue and its object, skipped: "condemned in the strongest terms X". */
  cueAdverbials: words,
  /** Words after a general object that bring in the instance meant: "such as X". */
  instanceCues: words,
  /** General objects whose instance names the matter: "requirements". */
  generalObjects: words,
  /** Heads that go on to every part of a list: "release of X and Y". */
  distributiveHeads: words,
  /** Those an appeal to act is made to, which names no matter: "urged both sides to …". */
  appealAddressees: words,
  /** Verbs that link a subject cue to the matter: "is". */
  copulas: words,
  /** Prepositions an issue phrase goes on through: "withdrawal of troops from X". */
  innerPrepositions: words,
  /** Pronouns an issue phrase goes on through: "its withdrawal". */
  possessivePronouns: words,
  /** Words dropped from the start of an issue phrase: "the", "any". */
  leadingWords: words,
  /** Currency codes before an amount: "EUR 10 million". */
  currencyCodes: words,
  /** Quantities dropped, with the "of" after them, from the start of an issue phrase: "dozens of X". */
  leadingQuantities: words,
  /** Quantities that start a new part of a list: "X and thousands of Y". */
  quantifiers: words,
  // issue-families.yml
  /** People held, in the singular (the plural matches too): "hostage". */
  heldPeople: words,
  /** Words of a release of people held: "freeing", "swap". */
  releaseWords: words,
  /** Words of a screening: "vetting". */
  screeningWords: words,
  /** Words for the people a screening or a return is about: "displaced". */
  displacedWords: words,
  /** Words and phrases of a ceasefire or an end to the fighting. */
  ceasefireWords: words,
  /** Words that make a ceasefire a permanent one: "lasting". */
  lastingWords: words,
  /** Words of a withdrawal: "pullout". */
  withdrawalWords: words,
  /** Words of a return: "returning". */
  returnWords: words,
  /** Words that make a phrase the removal or reversal of its matter: "withdrawal from X", "lifting of tariffs". */
  reversalWords: words,
  /** Words of pay: "wages". */
  wageWords: words,
  /** Words left out of the family of a phrase that belongs to no family above. */
  familyStopWords: words,
  /** Quantities dropped from inside an issue's name: "release of a number of X" is "Release of X". */
  droppedQuantities: words,
});

export type LexiconLists = z.output<typeof lexiconSchema>;

/** The word lists of a run and a sha-256 of their canonical JSON (for cache keys). Plain data: it is sent to worker threads. */
export type Lexicon = Readonly<LexiconLists> & { readonly digest: string };

type ListKey = { [K in keyof LexiconLists]: LexiconLists[K] extends string[] ? K : never }[keyof LexiconLists];

/** This module's folder, which holds the engine's word lists. */
const HERE = dirname(fileURLToPath(import.meta.url));

/** One file of lists, validated: some of the keys of the lexicon, each checked. */
function readListsFile(path: string, file: string): Partial<LexiconLists> {
  const source = readFileSync(path, 'utf8');
  // a file of comments only adds nothing
  if (!/^[^#\s]/m.test(source)) return {};
  const fields = parseYamlFields(source, file, 1, 'text');
  const errors: DossierError[] = [];
  const lists = validateFrontmatter(lexiconSchema.partial(), fields, file, errors, 'the file');
  if (!lists) throw errors.length === 1 ? errors[0]! : new DossierErrors(errors);
  return lists;
}

/** The engine's lists: every src/kb/lexicon/*.yml, each key in one file. */
function engineLists(dir: string): LexiconLists {
  const merged: Partial<LexiconLists> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yml')).sort()) {
    const lists = readListsFile(join(dir, name), `src/kb/lexicon/${name}`);
    for (const key of Object.keys(lists)) {
      if (key in merged) throw new DossierError(`defines \`${key}\` again.`, 'Keep each list in one file of src/kb/lexicon.', { file: `src/kb/lexicon/${name}`, field: key });
    }
    Object.assign(merged, lists);
  }
  const missing = Object.keys(lexiconSchema.shape).filter((key) => !(key in merged));
  if (missing.length > 0) throw new DossierError(`The engine's word lists lack ${missing.join(', ')}.`, 'Add them to a file of src/kb/lexicon.', { file: 'src/kb/lexicon' });
  return merged as LexiconLists;
}

/** The editor's words added to the engine's: new words go after the built-in ones; a suffix given again takes the editor's kind. */
function extend(base: LexiconLists, more: Partial<LexiconLists>): LexiconLists {
  const out: LexiconLists = { ...base };
  for (const key of Object.keys(more) as (keyof LexiconLists)[]) {
    if (key === 'placeSuffixes') out.placeSuffixes = { ...base.placeSuffixes, ...more.placeSuffixes };
    else if (key === 'verbNouns') out.verbNouns = { ...base.verbNouns, ...more.verbNouns };
    else if (key === 'changeNouns') out.changeNouns = { ...base.changeNouns, ...more.changeNouns };
    else if (key === 'haltedEvents') out.haltedEvents = { ...base.haltedEvents, ...more.haltedEvents };
    else if (key === 'gerundNouns') out.gerundNouns = { ...base.gerundNouns, ...more.gerundNouns };
    else out[key] = [...new Set([...base[key], ...more[key]!])];
  }
  return out;
}

/** The lists as JSON with keys in a fixed order: the same lists give the same digest whatever order they were read in. */
function canonicalJson(lists: LexiconLists): string {
  const sorted = Object.keys(lists).sort().map((key) => {
    const value = lists[key as keyof LexiconLists];
    return [key, Array.isArray(value) ? value : Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))];
  });
  return JSON.stringify(sorted);
}

/**
 * The lexicon of the project at `root`: the engine's lists (its src/kb/lexicon, else this module's folder) with the
 * editor's content/lexicon.yml added when there is one; without `root`, the engine's lists alone.
 */
export function loadLexicon(root?: string): Lexicon {
  let lists = engineLists(root ? join(engineDir(root), 'lexicon') : HERE);
  const editor = root ? join(root, 'content', LEXICON_FILE) : undefined;
  if (editor && existsSync(editor)) lists = extend(lists, readListsFile(editor, `content/${LEXICON_FILE}`));
  return { ...lists, digest: createHash('sha256').update(canonicalJson(lists)).digest('hex') };
}

/** A value derived from a lexicon, worked out once per lexicon object (a worker thread works out its own). */
export function perLexicon<T>(derive: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const derived = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let value = derived.get(lexicon);
    if (value === undefined) {
      value = derive(lexicon);
      derived.set(lexicon, value);
    }
    return value;
  };
}

/** Every list as a set for lookups, and the place suffixes as a map to the kind of place each makes. */
export type WordSets = { readonly [K in ListKey]: ReadonlySet<string> } & { readonly placeSuffixes: ReadonlyMap<string, LexiconLists['placeSuffixes'][string]> };

export const wordSets = perLexicon((lexicon): WordSets => {
  const sets: Record<string, ReadonlySet<string>> = {};
  for (const [key, value] of Object.entries(lexicon)) if (Array.isArray(value)) sets[key] = new Set(value);
  return { ...(sets as Record<ListKey, ReadonlySet<string>>), placeSuffixes: new Map(Object.entries(lexicon.placeSuffixes)) };
});

/** A regular-expression alternation of the words, each matched literally: `a|b\.c`. */
export function alternation(list: readonly string[]): string {
  return list.map(escapeRegExp).join('|');
}

/** A phrase as the words it is matched on: "two-state solution" → ["two", "-", "state", "solution"]. */
export function phraseWords(phrase: string): string[] {
  return phrase.replace(/-/g, ' - ').split(/\s+/);
}
