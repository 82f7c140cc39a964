// Issue cues: stance, subject and head cue phrases over POS tokens, and the noun phrase each cue governs.
import type { Stance } from '../types.ts';
import type { Span } from './discover.ts';
import { alternation, perLexicon, phraseWords, wordSets, type Lexicon, type WordSets } from '../lexicon/lexicon.ts';
import type { PosToken, TextAnalysis } from './nlp.ts';
import { flipStance } from './polarity.ts';

/** One cue in one sentence and the issue phrases it governs. */
export interface IssueCue extends Span {
  kind: 'stance' | 'subject' | 'head';
  stance?: Stance;
  /** The phrases (offsets into the paragraph) naming the contested matter. */
  phrases: Phrase[];
  sentence: Span;
  /** Where an "According to X," attribution ends: actors are looked for after it. */
  actorsFrom: number;
  /** "was rejected by X": the actor comes after the cue, from this offset. */
  agentFrom?: number;
  /** The cue stands in a quotation after a first-person "we": the speaker is the actor. */
  quotedWe: boolean;
  /** The cue stands in a quotation after a first-person "I": the speaker (or else the article's author) is the actor. */
  quotedI?: true;
  /** A stance said by a noun, not a verb ("the need to X", "commitment to Y"): it belongs to the clause's subject. */
  nominal?: true;
  /** "This proposal would achieve X": the matter is proposed by whoever made the proposal named before. */
  proposal?: true;
  /** An impersonal demand of the writer ("It is time for X to …", "It's only fair that …"): the author is the actor. */
  author?: true;
  /** An accusation ("reneged on", "violated", "blocking"): whoever levels it demands the matter. Where that accuser is
   * looked for: the "According to X," source, or the clause before "X accused … of", "X said …". */
  source?: Span;
  /** The source's stance: an accuser demands what the actor blocks; whoever reports an imposition rejects it. */
  sourceStance?: Stance;
}

type CueKind = 'stance' | 'subject' | 'dispute' | 'head';
interface CuePattern {
  words: string[];
  kind: CueKind;
  stance?: Stance;
  /** An intensifier may stand after its first word: "expressed deep concern about". */
  intensifiable?: true;
}

/** The words of a cue as they stand at token i, an intensifier after its first word included, or undefined. */
function cueAt(w: CueWords, low: string[], cue: CuePattern, i: number): string[] | undefined {
  if (at(low, cue.words, i)) return cue.words;
  if (cue.intensifiable && w.cueIntensifiers.has(low[i + 1] ?? '') && at(low, cue.words.slice(1), i + 2)) return [cue.words[0]!, low[i + 1]!, ...cue.words.slice(1)];
  return undefined;
}

/** The lexicon as the cue finder reads it. */
interface CueWords extends WordSets {
  /** Cue patterns indexed by their first word, longest first, so each token looks only at the cues that can start there. */
  cuesByFirstWord: Map<string, CuePattern[]>;
  /** Accusation cues as their words joined by spaces. */
  accusation: ReadonlySet<string>;
  /** The writer's impersonal demands, as their words joined by spaces. */
  authorCue: ReadonlySet<string>;
  /** Appeal cues whose object is whom they address, as their words joined by spaces. */
  addressee: ReadonlySet<string>;
  /** Imposition cues as their words joined by spaces. */
  imposition: ReadonlySet<string>;
  /** Instance cues as word lists: "such as". */
  instances: string[][];
  /** A modal of obligation right after a matter, not negated: "a ceasefire must …". */
  obligation: RegExp;
  /** verbNouns, longest verb first. */
  verbNouns: [string, string][];
  /** The first words of verbNouns. */
  verbNoun: ReadonlySet<string>;
  /** overObjectionCues as word lists. */
  overObjection: string[][];
  /** requestCues as word lists. */
  onRequest: string[][];
  /** The first words of overObjectionCues and requestCues: the tokens worth trying them at. */
  clauseObjectionFirst: ReadonlySet<string>;
  /** "in cases where …, it is vital that": where a necessity's clause starts. */
  necessity: RegExp;
  /** gerundNouns: a gerund and the noun naming its matter ("assessing" → "assessment of"). */
  gerundNoun: ReadonlyMap<string, string>;
  /** haltedEvents: a passive verb of a halt and the noun naming it ("suspended" → "suspension of"). */
  haltedEvent: ReadonlyMap<string, string>;
  /** changeNouns: a verb of change and the noun naming it ("lower" → "lowering of"). */
  changeNoun: ReadonlyMap<string, string>;
  /** Determiners and quantities at the start of a phrase. */
  leading: RegExp;
  /** Between the end of a stance's object and a matter joined to it: " from what we agreed to on July 2 or ". */
  objectGoesOn: RegExp;
  /** A noun of need opening a phrase: "importance of ", "the need for ". */
  needPhrase: RegExp;
  /** A noun of elimination opening a phrase: "elimination of the ". */
  eliminationPhrase: RegExp;
  /** After a matter that must happen, what it must lead to: " must be the beginning of broader ". */
  obligationLeadsTo: RegExp;
  /** A conflict and what it is between or about: "the ongoing rift among some members of X". */
  conflictPhrase: RegExp;
  /** A sentence opening with a proposal named before and a modal: "This proposal would achieve ". */
  proposalSubject: RegExp;
  /** A danger or a prospect and "of" opening a phrase, with up to two adjectives: "grave danger of the ". */
  riskPhrase: RegExp;
  /** cueAdverbials as word lists, longest first. */
  cueAdverbial: string[][];
  /** Rejecting and accepting judgements by their first word, longest first: "a mistake", "unfair". */
  judgementsByFirstWord: Map<string, { words: string[]; stance: Stance }[]>;
  /** A sentence's opening that names a disaster, up to its comma: "Following severe floods in Norva, ". */
  crisisOpening: RegExp;
  /** An appeal to the parties to act: "both sides to …". */
  appeal: RegExp;
  /** The words of appealAddressees. */
  appealAddressee: ReadonlySet<string>;
}

const cueWordsOf = perLexicon((lexicon): CueWords => {
  const w0 = wordSets(lexicon);
  const cuesByFirstWord = new Map<string, CuePattern[]>();
  const index = (phrases: readonly string[], kind: CueKind, stance?: Stance): void => {
    for (const phrase of phrases) {
      const words = phraseWords(phrase);
      // "expressed concern about" is said "expressed deep concern about" too: an intensifier may stand before the cue's
      // noun (tried at match time, see cueAt)
      const intensifiable = words.length >= 3 && /^\p{L}+$/u.test(words[1]!) && !w0.innerPrepositions.has(words[1]!) && !w0.leadingWords.has(words[1]!) && words[1] !== 'with';
      const list = cuesByFirstWord.get(words[0]!) ?? [];
      list.push({ words, kind, ...(stance ? { stance } : {}), ...(intensifiable ? { intensifiable: true as const } : {}) });
      cuesByFirstWord.set(words[0]!, list);
    }
  };
  // Stance cues govern the phrase after them; accusations reject. Negated acceptance becomes rejection (see negated()).
  index([...lexicon.demandCues, ...lexicon.impositionCues, ...lexicon.authorCues], 'stance', 'demands');
  index([...lexicon.rejectCues, ...lexicon.accusationCues], 'stance', 'rejects');
  index(lexicon.acceptCues, 'stance', 'accepts');
  index(lexicon.creditCues.filter((c) => !lexicon.acceptCues.includes(c)), 'stance', 'accepts');
  index(lexicon.proposeCues, 'stance', 'proposes');
  index(lexicon.subjectCues, 'subject');
  index(lexicon.disputeCues, 'dispute');
  // Head cues are part of the matter itself ("release of X", "lasting truce", "wage increase").
  index(lexicon.headCues, 'head');
  // Longest cue first: "demanded that" before "demanded".
  for (const list of cuesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const judgementsByFirstWord = new Map<string, { words: string[]; stance: Stance }[]>();
  for (const [list, stance] of [[lexicon.rejectingJudgements, 'rejects'], [lexicon.acceptingJudgements, 'accepts']] as const) {
    for (const phrase of list) {
      const words = phraseWords(phrase);
      judgementsByFirstWord.set(words[0]!, [...(judgementsByFirstWord.get(words[0]!) ?? []), { words, stance }].sort((x, y) => y.words.length - x.words.length));
    }
  }
  return {
    ...wordSets(lexicon),
    cuesByFirstWord,
    judgementsByFirstWord,
    cueAdverbial: lexicon.cueAdverbials.map(phraseWords).sort((a, b) => b.length - a.length),
    accusation: new Set(lexicon.accusationCues.map((c) => phraseWords(c).join(' '))),
    imposition: new Set(lexicon.impositionCues.map((c) => phraseWords(c).join(' '))),
    addressee: new Set(lexicon.addresseeCues.map((c) => phraseWords(c).join(' '))),
    authorCue: new Set(lexicon.authorCues.map((c) => phraseWords(c).join(' '))),
    instances: lexicon.instanceCues.map(phraseWords),
    obligation: new RegExp(`^\\s+(?:${alternation(lexicon.obligationModals)})\\s+(?!not\\b)`, 'i'),
    verbNouns: Object.entries(lexicon.verbNouns).sort(([a], [b]) => b.length - a.length),
    verbNoun: new Set(Object.keys(lexicon.verbNouns).map((verb) => verb.split(' ')[0]!)),
    changeNoun: new Map(Object.entries(lexicon.changeNouns)),
    haltedEvent: new Map(Object.entries(lexicon.haltedEvents)),
    gerundNoun: new Map(Object.entries(lexicon.gerundNouns)),
    overObjection: lexicon.overObjectionCues.map(phraseWords),
    onRequest: lexicon.requestCues.map(phraseWords),
    clauseObjectionFirst: new Set([...lexicon.overObjectionCues, ...lexicon.requestCues].map((cue) => phraseWords(cue)[0]!)),
    necessity: new RegExp(`\\bit\\s+(?:is|was|will\\s+be)\\s+(?:${alternation(lexicon.necessityWords)})\\s+that\\s+$`, 'i'),
    // determiners, "dozens of", and an amount ("a 15 percent", "$2 billion in"): the matter follows (a number glued to
    // a word by a hyphen stays: "a 12-month on-ramp")
    leading: new RegExp(`^(?:(?:${alternation(lexicon.leadingWords)})\\s+|(?:${alternation(lexicon.leadingQuantities)})\\s+of\\s+|(?:(?:${alternation(lexicon.currencyCodes)})\\s*)?[$€£]?\\d(?![\\d.,]*-[a-z])[\\d.,]*\\s*(?:%|percent\\b|per cent\\b|billion\\b|million\\b)?\\s*(?:-\\s*)?(?:in\\s+|(?:to|for|towards)\\s+(?:the|a|an)\\s+)?|(?:percent|per cent)\\s+)+`, 'i'),
    appealAddressee: new Set(lexicon.appealAddressees),
    riskPhrase: new RegExp(`^(?:\\p{Ll}+\\s+){0,2}(?:${alternation(lexicon.riskNouns)})\\s+of\\s+(?:(?:the|a|an|any)\\s+)?`, 'u'),
    crisisOpening: new RegExp(`^\\s*(?:${alternation(lexicon.crisisOpeners)})\\s+([^,;:]{3,80}),\\s`, 'i'),
    objectGoesOn: /^\s(?:(?:from|of|to|with|about)\s+)?(?:what|which|that)\s+[^,;.:]{1,50}?\s(?:or|and)\s+(?:the\s+|any\s+)?$/i,
    eliminationPhrase: new RegExp(`^(?:the\\s+)?(?:${alternation(lexicon.eliminationNouns)})\\s+of\\s+(?:(?:the|a|an|all|any)\\s+)?`, 'i'),
    needPhrase: new RegExp(`^(?:the\\s+)?(?:${alternation(lexicon.needNouns)})\\s+(?:of|for)\\s+(?:(?:the|a|an)\\s+)?`, 'i'),
    obligationLeadsTo: new RegExp(`^\\s+(?:${alternation(lexicon.obligationModals)})\\s+be\\s+(?:the|a)\\s+(?:beginning|start|first\\s+step|basis|prelude|foundation|gateway)\\s+(?:of|to|toward|towards|for)\\s+[^.;:,]*$`, 'i'),
    conflictPhrase: new RegExp(`\\bthe\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(lexicon.conflictNouns)})(?:\\s+(?:among|amongst|between|over|in|with|on)\\s+[^.,;:]{1,60})?)`, 'giu'),
    proposalSubject: new RegExp(`^\\s*(?:this|that|the|such\\s+an?)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${alternation(lexicon.proposalNouns)})\\s+(?:would|will|could|aims\\s+to|seeks\\s+to|is\\s+designed\\s+to)\\s`, 'iu'),
    appeal: new RegExp(`^(?:both |all |the |two )*(?:${alternation(lexicon.appealAddressees)})\\s+to\\s`, 'i'),
  };
});

function at(low: string[], pattern: string[], i: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (low[i + k] !== pattern[k]) return false;
  return true;
}

/** The most words a stance's object runs to (its coordinated parts together), and one part of it. */
const MAX_PHRASE = 40;
const MAX_PART = 24;

/** Grow a noun phrase from token i to a clause boundary; returns [first, end) tokens. */
function growPhrase(w: CueWords, tokens: PosToken[], low: string[], i: number, end: number): [number, number] {
  // a head cue at the start is part of the phrase whatever its words are tagged: "phase out X", "release of X"
  let j = i + (headCueAt(w, low, i)?.length ?? 0);
  while (j < end && j - i < MAX_PHRASE) {
    const t = tokens[j]!;
    const word = low[j]!;
    // "a roadmap to phase out X": a head cue after "to" goes on whatever its words are tagged
    const cueAfterTo = word === 'to' && j > i ? headCueAt(w, low, j + 1) : undefined;
    if (cueAfterTo) {
      j += 1 + cueAfterTo.length;
      continue;
    }
    const next = tokens[j + 1];
    if (word === '-' && j > i && next && tokens[j - 1]!.end === t.start && t.end === next.start) {
      j += 2; // "one-off", "cost-of-living": a hyphen inside a word joins whatever stands after it
      continue;
    }
    // "a comprehensive, regional, and collaborative approach": commas between adjectives stay inside
    const adjectiveList = word === ',' && j > i && tokens[j - 1]!.pos === 'ADJ' && (next?.pos === 'ADJ' || (low[j + 1] === 'and' && tokens[j + 2]?.pos === 'ADJ'));
    if (t.pos === 'PUNCT' && !(word === '-' && j > i) && !/^['’]s?$/.test(word) && !adjectiveList) break;
    if (w.calendarWords.has(word)) {
      // "the proposal on Wednesday"; "withdrawal from Velmor on 2 January": the day number goes with its month
      if (j > i + 1 && /^\d{1,2}(?:st|nd|rd|th)?$/.test(low[j - 1]!)) j--;
      break;
    }
    if (t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX')) break;
    // "access to the polling stations and cast their ballots": a word and a possessive after "and" are a verb and its object
    if (t.pos === 'CCONJ' && next && next.pos !== 'ADJ' && w.possessivePronouns.has(low[j + 2] ?? '')) break;
    // ("a goal for a Norvan to be the first astronaut on the Moon": an infinitive "to be" goes on)
    if ((t.pos === 'AUX' && !(word === 'be' && low[j - 1] === 'to' && j - 1 > i)) || t.pos === 'SCONJ') break;
    if (t.pos === 'ADP' && !w.innerPrepositions.has(word)) break;
    if (t.pos === 'PRON' && !w.possessivePronouns.has(word)) break;
    if (/^(that|which|who|whose|whom|until|before|after|while|because|as|than|since)$/.test(word)) break;
    // "progress in implementation with no further delay": a manner ends the matter
    if (word === 'with' && low[j + 1] === 'no' && j > i) break;
    // "war for a long time", "talks for three years": a span of time ends the matter
    if (spanOfTime(w, low, j)) break;
    // ("a pay rise": a matter word is a noun here, however it is tagged)
    // ("technology transfer-related acts": a word glued by a hyphen to the next is part of a compound modifier, and the
    // word after the compound is its noun)
    const compound = (low[j + 1] === '-' && next !== undefined && t.end === next.start) || (j >= i + 2 && low[j - 2] === '-' && tokens[j - 2]!.end === tokens[j - 1]!.start);
    // ("a 5 percent cut", "a sharp rise": a word after a determiner, number or adjective is a noun, however it is tagged)
    const nounSlot = j > i && (/^(DET|NUM|ADJ)$/.test(tokens[j - 1]!.pos) || /^(percent|%)$/.test(low[j - 1]!));
    // ("the Kolvik Fisheries Act": a capitalised word after a capitalised one is part of a name, however it is tagged)
    const inName = /^\p{Lu}/u.test(t.text) && j > i && /^\p{Lu}/u.test(tokens[j - 1]!.text);
    if (t.pos === 'VERB' && j > i && !/(ing|ed)$/.test(word) && low[j - 1] !== 'to' && !isMatterWord(w, word) && !w.wageWords.has(word) && !compound && !nounSlot && !inName) break;
    // "assurances related to artificial intelligence": "related to" links the noun to what it is about
    if (word === 'related' && low[j + 1] === 'to' && j > i) {
      j += 2;
      continue;
    }
    // a reduced relative clause after the noun: "violence recorded in X", "prisoners held by Y"; "the order involving
    // X" links another matter
    if (t.pos === 'VERB' && j > i && /ed$/.test(word) && /^(NOUN|PROPN)$/.test(tokens[j - 1]!.pos)) break;
    if (j > i && w.linkingParticiples.has(word)) break;
    // "imposed a ban at the request of X": who asked for it, or objected, is no part of the matter
    if (j > i && w.clauseObjectionFirst.has(word) && [...w.onRequest, ...w.overObjection].some((cue) => at(low, cue, j))) break;
    j++;
  }
  // a phrase cut by the length limit ends mid-way: keep the parts before its last "and", "or" or comma (not the "and"
  // of "between X and Y")
  if (j - i >= MAX_PHRASE && j < end) {
    let k = j - 1;
    while (k > i && !(/^(and|or|,)$/.test(low[k]!) && !low.slice(i, k).includes('between'))) k--;
    if (k > i) j = k;
  }
  // trailing link words, a trailing participle ("episodes of violence recorded"), adverb ("more") or demonstrative
  // ("relief for those"), and a possessor left without what it possesses ("investigation of China's")
  for (;;) {
    if (j <= i) break;
    const last = low[j - 1]!;
    if (/^(of|in|on|from|to|and|or|the|a|an|its|their|for|with|at|-|as|those|these|this|that|more|further|again|too|also|be)$/.test(last)) j--;
    // (an adverb after a gerund of change stays: "the conflict expanding regionally" is a regional expansion)
    else if (j - 1 > i && ((tokens[j - 1]!.pos === 'VERB' && /ed$/.test(last)) || (tokens[j - 1]!.pos === 'ADV' && /ly$/.test(last) && !w.gerundNoun.has(low[j - 2]!)))) j--;
    else if (/^['’]s$/.test(last) && j - 2 >= i) j -= 2;
    else if (/\S['’]s$/.test(last) && tokens[j - 1]!.pos === 'PROPN') j--; // "Sweden’s" read as one word
    else break;
  }
  return [i, j];
}

/** The verbs a gerund may be made from, by English spelling: "halting" → halt, "ceasing" → cease, "stopping" → stop. */
function stemsOf(gerund: string): string[] {
  const stem = gerund.replace(/ing$/, '');
  return [stem, `${stem}e`, ...(/(\w)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
}

/** The adjective an "-ly" adverb is made from, by English spelling: "regionally" → "regional", "steadily" → "steady",
 * "considerably" → "considerable". */
function adjectiveOf(adverb: string): string {
  if (/ily$/.test(adverb)) return `${adverb.slice(0, -3)}y`;
  if (/bly$/.test(adverb)) return `${adverb.slice(0, -1)}e`;
  return adverb.slice(0, -2);
}

/** A phrase naming a matter. */
export interface Phrase extends Span {
  text: string;
  /** The generic head it was named with ("deal" of "a ceasefire deal", "agreement" of "the X Agreement"). */
  generic?: string;
  /** A definite generic phrase ("the deal") standing for the last matter named with that head. */
  anaphor?: true;
}

/** Split a coordinated phrase ("a lasting truce and a Norvan departure from Velmor"), drop determiners and generic heads. */
function cleanPhrases(w: CueWords, text: string, tokens: PosToken[], low: string[], first: number, end: number): Phrase[] {
  const parts: [number, number][] = [];
  let from = first;
  let between = false; // "relations between X and Y": that "and" joins the two sides, not two matters
  for (let k = first; k < end; k++) {
    if (low[k] === 'between') between = true;
    if (!between && (low[k] === 'and' || low[k] === 'or' || low[k] === ',') && k + 1 < end && (/^(DET|NUM|PRON)$/.test(tokens[k + 1]!.pos) || w.quantifiers.has(low[k + 1]!))) {
      parts.push([from, k]);
      from = k + 1;
    }
  }
  parts.push([from, end]);
  const out: Phrase[] = [];
  // "release of dozens of X and hundreds of Y": the second part is also a release
  const h = tokens[first]?.pos === 'DET' ? first + 1 : first; // "the release of X and Y"
  const head = w.distributiveHeads.has(low[h]!) && low[h + 1] === 'of' ? `${tokens[h]!.text} of ` : '';
  for (let [a, b] of parts) {
    // a part that long ends at its purpose ("an approach to address X, Y and Z" names the approach), else it is a
    // clause, not a name
    if (b - a > MAX_PART) {
      const purpose = low.slice(a + 1, b).findIndex((word, n) => word === 'to' && tokens[a + 2 + n]?.pos === 'VERB');
      if (purpose >= 0) b = a + 1 + purpose;
    }
    if (b <= a || b - a > MAX_PART || tokens[a]!.pos === 'ADP') continue;
    // "X's practices and their impact on workers": a later part opening with a possessive and an effect noun is the
    // weight of the part before it, not a matter of its own
    if (a !== first && w.possessivePronouns.has(low[a]!) && w.effectNouns.has(low[a + 1]!)) continue;
    let start = tokens[a]!.start;
    const stop = tokens[b - 1]!.end;
    const lead = w.leading.exec(text.slice(start, stop));
    if (lead) {
      // "a 15 percent rise": an amount stays when nothing but a matter word is left without it
      const amount = /[$€£]?\d/.exec(lead[0]);
      const rest = text.slice(start + lead[0].length, stop).trim().toLowerCase();
      start += amount && /^\p{L}+$/u.test(rest) && (isMatterWord(w, rest) || w.wageWords.has(rest)) ? amount.index : lead[0].length;
    }
    let phrase = text.slice(start, stop).trim();
    // (not when the part has a head of its own: "the release of X and the return of Y")
    if (head && a !== first && !phrase.toLowerCase().startsWith(head.toLowerCase()) && !w.distributiveHeads.has(phrase.split(/\s+/)[0]!.toLowerCase()) && headCueAt(w, low, tokens.findIndex((t) => t.start >= start)) === undefined) phrase = head.toLowerCase() + phrase;
    // "phase out coal" is named "phase-out of coal", "withdraw from X" "withdrawal from X"
    // (only an infinitive: in "insisted that they leave X" the clause's subject is unknown, so no matter is named)
    const verb = tokens[a]!.pos === 'VERB' && tokens[a]!.start === start && low[a - 1] === 'to' ? nominalAt(w, phrase) : undefined;
    if (verb) phrase = verb;
    // "assessing displaced people" is named "assessment of displaced people"
    // (with an object, not a preposition: "monitoring for price gouging" stays)
    const gerund = tokens[a]!.start === start && tokens[a + 1]?.pos !== 'ADP' ? w.gerundNoun.get(low[a]!) : undefined;
    if (gerund) phrase = `${gerund} ${phrase.slice(tokens[a]!.text.length).trim().replace(/^(?:the|a|an)\s+/i, '')}`;
    // "discussions about retractions", "negotiations on the release of X": the talk is about the matter
    const framing = /^(\S+)\s+(?:about|on|over|regarding|of|for)\s+(?:(?:the|a|an|any|its|their)\s+)?(.+)$/i.exec(phrase);
    if (framing && w.framingNouns.has(framing[1]!.toLowerCase())) {
      start += phrase.length - framing[2]!.length;
      phrase = framing[2]!;
    }
    // "the grave danger of the conflict expanding", "the prospect of talks": a danger or prospect is about its matter
    const risk = w.riskPhrase.exec(phrase);
    if (risk) {
      start += risk[0].length;
      phrase = phrase.slice(risk[0].length);
    }
    // "the conflict expanding regionally": a subject and a gerund of change are named by the change's noun
    // ("Regional expansion of the conflict")
    const change = /^((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+(\p{Ll}+ing)(?:\s+(\p{Ll}+ly))?$/u.exec(phrase);
    const changeNoun = change && !/\s(?:of|in|on|for|to|with|by)\s/.test(` ${change[1]} `) ? w.gerundNoun.get(change[2]!) : undefined;
    if (change && changeNoun) phrase = `${change[3] ? `${adjectiveOf(change[3])} ` : ''}${changeNoun} ${/^(?:the|a|an)\s/i.test(change[1]!) ? '' : 'the '}${change[1]}`;
    // "plans to impose tariffs on X": an intention names the matter it intends ("Tariffs on X"; "plans to withdraw
    // from X" → "Withdrawal from X")
    const intent = /^(\S+)\s+to\s+(\p{Ll}+)\s+(?:(?:the|a|an|any)\s+)?(.+)$/u.exec(phrase);
    // (not a verb that stops its object without a noun to say so: "efforts to end the war" is no acceptance of the war)
    const intended = intent && w.intentionNouns.has(intent[1]!.toLowerCase()) ? nominalAt(w, `${intent[2]} ${intent[3]}`) ?? (w.haltVerbs.has(intent[2]!) || w.undoVerbs.has(intent[2]!) ? undefined : intent[3]) : undefined;
    if (intended) {
      start += phrase.length - intent![3]!.length;
      phrase = intended;
    }
    // "agreed to pay $20 million to settle the lawsuit": a purpose left after an amount names no matter
    if (phrase.length < 3 || /^to\s/i.test(phrase)) continue;
    let words = phrase.toLowerCase().split(/\s+/);
    // "a ceasefire deal", "the tariff plan": a generic head after a matter word is about that matter
    let generic: string | undefined;
    // (not when one word would be left that names no matter alone, "the peace process", nor at the end of a complement:
    // "participation of X in the peace process")
    if (words.length >= 2 && w.genericHeads.has(words.at(-1)!) && isMatterWord(w, words.at(-2)!) && (words.length > 2 || w.headWords.has(words[0]!) || w.lowerHeadWords.has(words[0]!)) && !/ (?:of|in|on|for|to|with|from|about|between|into) /i.test(phrase)) {
      generic = words.at(-1)!;
      phrase = phrase.slice(0, phrase.lastIndexOf(' '));
      words = words.slice(0, -1);
    }
    // a named instrument ("the Kolvik Fisheries Agreement") is no generic head
    // and neither is one qualified by a noun ("the fishing agreement", "a trade deal"): it names which agreement
    const lastAt = tokens.findIndex((t) => t.end >= start + phrase.length);
    const qualified = words.length >= 2 && w.instrumentWords.has(words.at(-1)!) && lastAt > 0 && tokens[lastAt - 1]!.pos === 'NOUN';
    const named = qualified || (words.length >= 2 && w.instrumentWords.has(words.at(-1)!) && /\p{Lu}\S*\s+\p{Lu}\S*$/u.test(phrase));
    const qualifiedByMatter = words.length >= 2 && (isMatterWord(w, words.at(-2)!) || w.wageWords.has(words.at(-2)!));
    if (!named && !qualifiedByMatter && w.genericHeads.has(words[words.length - 1]!) && !/ (of|in|on|from|about|for) /.test(phrase)) {
      // "welcomed the deal": a definite generic head alone stands for the matter last named with it
      if (words.length === 1 && lead && /^the\s+$/i.test(lead[0])) out.push({ start, end: stop, text: phrase, generic: words[0]!, anaphor: true });
      continue;
    }
    const firstToken = tokens.findIndex((t) => t.start >= start);
    // a single word is a matter only as a head word or a bare noun: not "the dialogue", not "millions of Norvans"
    if (words.length === 1 && !w.headWords.has(words[0]!) && !w.lowerHeadWords.has(words[0]!) && (tokens[a]!.pos !== 'NOUN' || tokens[firstToken]?.pos !== 'NOUN')) continue;
    // "NASA Administrator Ana Torres and Norva": names only, no matter (a named instrument ends with its word)
    // (nor are names before a place or time: "Kosovo and Serbia in every step along the way")
    const names = /^(.*?)(?:\s(?:in|at|during|along|throughout)\s.*)?$/.exec(phrase)![1]!;
    if (/^\p{Lu}/u.test(names) && names.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || CONNECTORS.test(word)) && !w.instrumentWords.has(names.toLowerCase().split(/\s+/).at(-1)!) && / and /.test(names)) continue;
    // "to show responsibility and leadership": a quality asked of someone is no matter
    if (words.length === 1 && w.virtueNouns.has(words[0]!)) continue;
    // "any other actions": what is other than the matters named names none itself
    if (words[0] === 'other' && words.length <= 2) continue;
    // "15 percent", "7 per cent": an amount alone names no matter
    if (/^[$€£]?\d[\d.,]*\s*(?:%|percent|per cent|billion|million)?$/i.test(phrase)) continue;
    // "announced two steps": a count of general objects names no matter
    if (words.length === 2 && w.generalObjects.has(words[1]!) && /^(\d+|one|two|three|four|five|six|several|some|many|few)$/.test(words[0]!) && !isMatterWord(w, words[1]!)) continue;
    // "urged both sides to return to the table": an appeal to the parties to act names no matter
    if (w.appeal.test(phrase)) continue;
    // "lowered to 60", "exclude fighters convicted of …": a phrase opening with a finite or bare verb names no matter
    // (a head cue is a matter however its first word is tagged: "have access to X")
    if (tokens[a]!.pos === 'VERB' && !/ing$/.test(low[a]!) && tokens[a]!.start === start && !verb && headCueAt(w, low, a) === undefined) continue;
    out.push(generic ? { start, end: stop, text: phrase, generic } : { start, end: stop, text: phrase });
  }
  return out;
}

/** The words of the head cue that starts at token i ("phase out X", "release of X"), if one does. */
function headCueAt(w: CueWords, low: string[], i: number): string[] | undefined {
  return (w.cuesByFirstWord.get(low[i]!) ?? []).find((cue) => cue.kind === 'head' && at(low, cue.words, i))?.words;
}

/** A phrase opening with a verb of verbNouns, named by the noun instead ("phase out coal" → "phase-out of coal");
 * undefined when it opens with no such verb. */
function nominalAt(w: CueWords, phrase: string): string | undefined {
  const lower = phrase.toLowerCase();
  for (const [verb, noun] of w.verbNouns) {
    if (lower.startsWith(`${verb} `)) return `${noun} ${phrase.slice(verb.length + 1).replace(/^(?:the|a|an)\s+/i, '')}`;
  }
  return undefined;
}

function isMatterWord(w: CueWords, word: string): boolean {
  return w.headWords.has(word) || w.lowerHeadWords.has(word) || w.matterHeads.has(word);
}

/** The noun of a participle's change ("lowered" → "lowering of"), from verbNouns and changeNouns. */
function participleNoun(w: CueWords, participle: string): string | undefined {
  for (const base of [participle.slice(0, -1), participle.slice(0, -2), participle.slice(0, -2).replace(/(.)\1$/, '$1')]) {
    const noun = w.changeNoun.get(base) ?? w.verbNouns.find(([verb]) => verb === base)?.[1];
    if (noun) return noun;
  }
  return undefined;
}

/** "€10 billion could be mobilised from the cohesion funds for X" after "announced that": a short subject, a modal,
 * "be" and a participle whose noun the word lists know make the matter "Mobilisation of €10 billion from the cohesion
 * funds for X"; undefined otherwise. */
function passiveClause(w: CueWords, text: string, tokens: PosToken[], low: string[], from: number, end: number): Phrase | undefined {
  let k = from;
  while (k < end && k - from <= 6 && !/^(will|would|could|can|may|might|should|must|is|are|was|were)$/.test(low[k]!)) k++;
  if (k === from || k >= end || k - from > 6) return undefined;
  let v = k + 1;
  if (low[v] === 'be' || low[v] === 'being') v++;
  const noun = tokens[v]?.pos === 'VERB' && /ed$/.test(low[v]!) ? participleNoun(w, low[v]!) : undefined;
  if (!noun) return undefined;
  const [, b] = growPhrase(w, tokens, low, v + 1, end);
  const subject = text.slice(tokens[from]!.start, tokens[k - 1]!.end).replace(/^(?:the|a|an)\s+/i, '');
  const rest = b > v + 1 ? ` ${text.slice(tokens[v + 1]!.start, tokens[b - 1]!.end)}` : '';
  const name = `${noun} ${subject}${rest}`;
  return { start: tokens[from]!.start, end: tokens[Math.max(b, v + 1) - 1]!.end, text: name.charAt(0).toUpperCase() + name.slice(1) };
}

/** For a cue in an object relative clause ("X, which the union rejected"), the first token of
 * the noun phrase X the clause is about; -1 when the cue is in no such clause. The clause's subject stands between
 * "which" and the cue, with no verb of its own. */
function relativeAntecedent(tokens: PosToken[], low: string[], first: number, cue: number): number {
  let k = cue - 1;
  // ("that" is left out: after "said" or "a statement" it opens what was said, not a relative clause)
  while (k > first && k >= cue - 6 && low[k] !== 'which') {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'PUNCT') return -1;
    k--;
  }
  if (low[k] !== 'which' || k === cue - 1) return -1;
  // the subject must be there: "which rejected X" is a subject relative, its cue reads forward as usual
  if (!tokens.slice(k + 1, cue).some((t) => /^(NOUN|PROPN|PRON)$/.test(t.pos))) return -1;
  let end = k;
  if (low[end - 1] === ',') end--;
  let start = end;
  while (start > first && /^(NOUN|PROPN|ADJ|ADP|DET|NUM)$/.test(tokens[start - 1]!.pos) && end - start < 10) start--;
  while (start < end && /^(ADP)$/.test(tokens[start]!.pos)) start++;
  return start < end && tokens.slice(start, end).some((t) => t.pos === 'NOUN') ? start : -1;
}

/** The phrases of a cue (from the index given) that open with a framing ("the importance of", "the elimination of"),
 * taken out of it into a cue of their own with the stance the framing gives, named without the framing. */
function splitFramed(made: IssueCue, framing: RegExp, from: number, stance: Stance): IssueCue | undefined {
  const framed = made.phrases.slice(from).filter((p) => framing.test(p.text));
  if (framed.length === 0) return undefined;
  made.phrases = made.phrases.filter((p) => !framed.includes(p));
  const phrases = framed.map((p) => {
    const words = framing.exec(p.text)![0];
    const rest = p.text.slice(words.length);
    return { start: p.start + words.length, end: p.end, text: rest.charAt(0).toUpperCase() + rest.slice(1) };
  });
  return { ...made, stance, phrases };
}

/** "that a meaningful medal ceremony take place": a short subject and a verb of happening (existenceVerbs); the token
 * where the subject ends, or -1. */
function existenceAt(w: CueWords, tokens: PosToken[], low: string[], from: number, end: number): number {
  for (let k = from + 1; k < end && k - from <= 6; k++) {
    if (w.existenceVerbs.has(low[k]!) || w.existenceVerbs.has(`${low[k]} ${low[k + 1]}`) || w.existenceVerbs.has(`${low[k]} ${low[k + 1]} ${low[k + 2]}`)) return k;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || low[k] === ',') return -1;
  }
  return -1;
}

/** "the obligations they accepted under this Agreement": a noun, a subject pronoun and the cue make a relative clause
 * without "which"; its matter is the noun with the phrase after the cue ("Obligations under the Agreement"), or
 * undefined when the words do not read so. */
function zeroRelative(w: CueWords, text: string, tokens: PosToken[], low: string[], first: number, cue: number, after: number, end: number): Phrase | undefined {
  if (cue - 2 < first || !/^(they|we|he|she)$/.test(low[cue - 1]!) || tokens[cue - 2]!.pos !== 'NOUN' || tokens[cue]!.pos !== 'VERB') return undefined;
  let k = cue - 2;
  while (k > first && /^(NOUN|ADJ)$/.test(tokens[k - 1]!.pos) && cue - 2 - k < 3) k--;
  // what the cue's object is held under: "under this Agreement"
  if (low[after] !== 'under') return undefined;
  const [a, b] = growPhrase(w, tokens, low, after + 1, end);
  if (b <= a) return undefined;
  const held = text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/^(?:this|that|these|those)\s+/i, 'the ');
  const noun = text.slice(tokens[k]!.start, tokens[cue - 2]!.end);
  return { start: tokens[k]!.start, end: tokens[b - 1]!.end, text: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${low[after]} ${held}` };
}

/** Past a list of verbs sharing the cue's object (", develop, and operate"): the token after it, or j. */
function pastVerbList(tokens: PosToken[], low: string[], j: number, end: number): number {
  let k = j;
  while (k + 1 < end && (low[k] === ',' || low[k] === 'and' || low[k] === 'or') && (tokens[k + 1]!.pos === 'VERB' || ((low[k + 1] === 'and' || low[k + 1] === 'or') && tokens[k + 2]?.pos === 'VERB'))) {
    k += tokens[k + 1]!.pos === 'VERB' ? 2 : 3;
  }
  return k;
}

/** Whether a cue at offset stands in a question or inside an "if"/"unless"/"whether" clause of its sentence. */
function hypothetical(text: string, sentence: Span, offset: number): boolean {
  if (/\?[\s”"’]*$/.test(text.slice(sentence.start, sentence.end))) return true;
  const before = text.slice(sentence.start, offset);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  return /\b(?:if|unless|whether)\b/i.test(clause);
}

/** The token after an instance cue that follows a phrase ending at b ("…, such as X", "… including X"), or -1. */
function instanceAfter(w: CueWords, low: string[], b: number): number {
  const from = low[b] === ',' ? b + 1 : b;
  for (const cue of w.instances) if (at(low, cue, from)) return from + cue.length;
  return -1;
}

function negated(w: CueWords, low: string[], i: number): boolean {
  // "did not accept", "never violated", "denied violating"
  for (let k = Math.max(0, i - 3); k < i; k++) if (/^(not|n't|n’t|never|no)$/.test(low[k]!) || w.denialVerbs.has(low[k]!)) return true;
  // "rejected claims that it had violated": a denied claim's clause is no accusation
  for (let k = Math.max(0, i - 8); k < i - 2; k++) {
    if ((w.denialVerbs.has(low[k]!) || w.dismissalVerbs.has(low[k]!)) && w.claimNouns.has(low[k + 1] === 'the' ? low[k + 2] ?? '' : low[k + 1] ?? '')) return true;
  }
  // "denied that it had violated": a denial reaches over "that", the clause's subject and its auxiliary
  for (let k = Math.max(0, i - 6); k < i - 1; k++) {
    if (w.denialVerbs.has(low[k]!) && low[k + 1] === 'that' && !low.slice(k + 2, i).some((word) => /^[,;]$/.test(word))) return true;
  }
  return false;
}

/** Every issue cue of one paragraph. */
export function findIssueCues(text: string, analysis: TextAnalysis, lexicon: Lexicon): IssueCue[] {
  const { tokens } = analysis;
  const w = cueWordsOf(lexicon);
  const low = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const out: IssueCue[] = [];
  const quoteOpen = quotedRanges(text);
  for (const s of analysis.sentences) {
    const sentence = { start: s.start, end: s.end };
    const actorsFrom = attributionEnd(tokens, low, s.firstToken, s.endToken);
    const attribution = actorsFrom > tokens[s.firstToken]!.start ? { start: tokens[s.firstToken + 2]!.start, end: actorsFrom } : undefined;
    const push = (kind: IssueCue['kind'], first: number, cueEnd: number, phraseStart: number, stance?: Stance, source?: Span, clause = -1, sourceStance?: Stance): IssueCue | undefined => {
      let [a, b] = growPhrase(w, tokens, low, phraseStart, s.endToken);
      // "imposed new requirements, such as screening X": the instance names the matter
      const instance = kind === 'stance' && b > a && w.generalObjects.has(low[b - 1]!) ? instanceAfter(w, low, b) : -1;
      if (instance >= 0) [a, b] = growPhrase(w, tokens, low, instance, s.endToken);
      // a subjunctive clause keeps its subject in front of the verb phrase ("the RSF withdraw from civilian homes")
      const phrases = (b > a ? cleanPhrases(w, text, tokens, low, clause >= 0 ? clause : a, b) : []).map((p) => resolving(w, text, p, tokens[first]!.start));
      // "will provide X as well as Y": Y is a second object; so is what an action listed as part of X acts on ("manage
      // X, including maintaining Y"; not the people of "prisoners, including men and soldiers")
      const including = low[b] === ',' && low[b + 1] === 'including' && instance < 0 && tokens[b + 2]?.pos === 'VERB' && /ing$/.test(low[b + 2] ?? '');
      const also = low[b] === 'as' && low[b + 1] === 'well' && low[b + 2] === 'as' ? b + 3 : including ? b + 2 : -1;
      if (b > a && also > 0) {
        const from = tokens[also]?.pos === 'VERB' && /ing$/.test(low[also]!) && !w.gerundNoun.has(low[also]!) ? also + 1 : also;
        const [c, d] = growPhrase(w, tokens, low, from, s.endToken);
        if (d > c) phrases.push(...cleanPhrases(w, text, tokens, low, c, d));
      }
      // "expect X to show leadership by making progress in implementation": the means an appeal names is the matter too
      if (b > a && kind === 'stance' && stance === 'demands') {
        for (let k = b; k < s.endToken && k - b <= 10 && tokens[k]!.pos !== 'SCONJ' && low[k] !== ';'; k++) {
          if (low[k] !== 'by' || tokens[k + 1]?.pos !== 'VERB' || !/ing$/.test(low[k + 1]!)) continue;
          // (a means that stops or undoes something, "by halting the shelling", names what is to end, not a demand)
          if (stemsOf(low[k + 1]!).some((stem) => w.haltVerbs.has(stem) || w.undoVerbs.has(stem))) break;
          const [c, d] = growPhrase(w, tokens, low, w.gerundNoun.has(low[k + 1]!) ? k + 1 : k + 2, s.endToken);
          if (d > c) phrases.push(...cleanPhrases(w, text, tokens, low, c, d));
          break;
        }
      }
      if (phrases.length === 0) return undefined;
      // "Norva's refusal to …": the possessive belongs to the name before it, which holds the stance
      const cueStart = /^['’]s$/.test(tokens[first]!.text) ? tokens[first]!.end : tokens[first]!.start;
      const c: IssueCue = {
        kind, start: cueStart, end: tokens[cueEnd - 1]!.end, phrases, sentence, actorsFrom,
        quotedWe: inQuote(quoteOpen, tokens[first]!.start) && low.slice(s.firstToken, first).includes('we'),
      };
      if (inQuote(quoteOpen, tokens[first]!.start) && tokens.slice(s.firstToken, first).some((t) => t.text === 'I')) c.quotedI = true;
      if (kind === 'stance' && w.authorCue.has(low.slice(first, cueEnd).join(' '))) c.author = true;
      if (kind === 'stance' && cueEnd - first >= 2 && tokens[first]!.pos !== 'VERB' && tokens[first]!.pos !== 'AUX') c.nominal = true;
      if (stance) c.stance = stance;
      if (source) c.source = source;
      if (source && sourceStance) c.sourceStance = sourceStance;
      if (kind === 'stance' && first > 0 && /^(was|were|been|being|is|are)$/.test(low[first - 1]!) && low[cueEnd] === 'by') {
        c.agentFrom = tokens[cueEnd]!.end;
      }
      out.push(c);
      return c;
    };
    let stanceEnd = -1; // the token after the last stance cue read
    // "thanked staff for their work in supporting X": from "for" to the end of its clause, the stances are the
    // credited ones', not the subject's
    let credited: [number, number] = [Infinity, Infinity];
    for (let i = s.firstToken; i < s.endToken; i++) {
      let stanceDone = false;
      for (const cue of w.cuesByFirstWord.get(low[i]!) ?? []) {
        const pattern = cueAt(w, low, cue, i);
        if (!pattern) continue;
        const { kind, stance } = cue;
        if (kind === 'stance' && stance && !stanceDone) {
          stanceDone = true;
          // "rejected calls for X": a cue right after another is that cue's object, read through it (framingNouns)
          if (i === stanceEnd || (i > credited[0] && i < credited[1])) continue;
          // "as demand for electric cars slows": a noun of demand is a party's only with a possessor ("its demand for X",
          // "Norva's demand for X"); without one it is the market's
          if (stance === 'demands' && /^demands?$/.test(low[i]!) && tokens[i]!.pos !== 'VERB' && low[i + 1] === 'for' && !w.possessivePronouns.has(low[i - 1] ?? '') && !/^['’]s?$/.test(low[i - 1] ?? '')) continue;
          // "Norway is expected to back X", "Sweden was urged to end Y": a passive demand makes its subject the one asked
          // (or foreseen) to act, and holds no stance of its own
          if (stance === 'demands' && i > 0 && /^(is|are|was|were|be|been|being)$/.test(low[i - 1]!) && low[i + pattern.length] === 'to') continue;
          // "providing satellite images to support relief operations": an infinitive of purpose after an object is no
          // stance of the subject
          if (i >= 2 && stance !== 'demands' && stance !== 'rejects' && low[i - 1] === 'to' && tokens[i - 2]!.pos === 'NOUN' && tokens[i]!.pos === 'VERB') continue;
          stanceEnd = i + pattern.length;
          // "congratulated Norva and Tarsis for reaching a truce": the parties credited accept the truce
          if (w.creditCues.has(pattern.join(' '))) {
            const credit = negated(w, low, i) ? undefined : creditAt(w, tokens, low, i + pattern.length, s.endToken);
            let made = credit ? push('stance', i, i + pattern.length, credit.matter, 'accepts') : undefined;
            // "for reaching a tentative agreement": the agreement is named by whom it is between
            if (!made && credit?.agreement) {
              const phrase = agreementBetween(w, text, tokens, credit, i + pattern.length);
              if (phrase) {
                made = { kind: 'stance', stance: 'accepts', start: tokens[i]!.start, end: tokens[i + pattern.length - 1]!.end, phrases: [phrase], sentence, actorsFrom, quotedWe: false };
                out.push(made);
              }
            }
            if (made) {
              made.agentFrom = made.end;
              continue;
            }
            const forAt = forOfCredit(tokens, low, i + pattern.length, s.endToken);
            if (forAt >= 0) {
              let k = forAt;
              while (k < s.endToken && !(/^(and|but)$/.test(low[k]!) && tokens[k + 1]?.pos === 'VERB') && low[k] !== ';') k++;
              credited = [forAt, k];
            }
            if (!w.acceptCues.has(pattern.join(' '))) continue;
          }
          let j = i + pattern.length;
          // "rejected claims that it had blocked X": what is denied is a claim, not a matter
          const claim = tokens[j]?.pos === 'DET' ? j + 1 : j;
          if (w.claimNouns.has(low[claim] ?? '') && low[claim + 1] === 'that') continue;
          // "recognised the efforts of X": recognition of what someone did acknowledges it and takes no stance
          if (/^recogni[sz]/.test(low[i]!) && w.creditedNouns.has(low[claim] ?? '')) continue;
          // "condemned in the strongest terms the attack on X": an adverbial between the cue and its object
          const adverbial = w.cueAdverbial.find((words) => at(low, words, j));
          if (adverbial) j += adverbial.length;
          // "announced, “a shared goal …”": a quotation after the cue is its object
          if (low[j] === ',' && /^[“"]$/.test(low[j + 1] ?? '')) j += 2;
          let clause = -1;
          // "announced that €10 billion could be mobilised from the funds for X": the passive clause names the matter
          // by its verb's noun ("Mobilisation of €10 billion from the funds for X")
          const passive = pattern[pattern.length - 1] === 'that' ? passiveClause(w, text, tokens, low, j, s.endToken) : undefined;
          if (passive && stance) {
            out.push({ kind: 'stance', stance, start: tokens[i]!.start, end: tokens[i + pattern.length - 1]!.end, phrases: [passive], sentence, actorsFrom, quotedWe: false });
            continue;
          }
          if (pattern[pattern.length - 1] === 'that' && w.proposeCues.has(pattern.join(' '))) continue;
          if (pattern[pattern.length - 1] === 'that' && pattern.includes('importance')) {
            // "stressed the importance that both countries manage X": what the clause's verb governs is the matter
            while (j < s.endToken && j - (i + pattern.length) <= 6 && tokens[j]!.pos !== 'VERB') j++;
            j++;
          } else if (pattern[pattern.length - 1] === 'that') {
            // "pressed that in cases where …, it is vital that X take place": what is necessary is what is demanded
            for (let k = j; k < s.endToken && k - j <= 40; k++) {
              if (w.necessity.test(text.slice(tokens[j]!.start, tokens[k]!.start))) {
                j = k;
                break;
              }
            }
            // "… that a meaningful medal ceremony take place": a verb of happening names its subject
            const existence = existenceAt(w, tokens, low, j, s.endToken);
            if (existence > j) {
              const phrases = cleanPhrases(w, text, tokens, low, j, existence);
              if (phrases.length > 0 && stance) out.push({ kind: 'stance', stance, start: tokens[i]!.start, end: tokens[i + pattern.length - 1]!.end, phrases, sentence, actorsFrom, quotedWe: false });
              continue;
            }
            // "demand that any accord include X": skip to the verb and take its object
            const subject = j;
            while (j < s.endToken && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') {
              // "that workers, who kept the ports open, see …": a relative clause between commas is skipped
              if (low[j] === ',' && /^(who|which|whose)$/.test(low[j + 1] ?? '')) {
                const close = low.indexOf(',', j + 1);
                if (close > j && close < s.endToken) {
                  j = close + 1;
                  continue;
                }
              }
              j++;
            }
            if (j < s.endToken && /^(include|includes|guarantee|ensure|contain)$/.test(low[j]!)) j++;
            // "It's only fair that workers see a pay rise": the writer wants what the clause's verb governs
            else if (j < s.endToken && w.authorCue.has(pattern.join(' '))) j++;
            // "demanded that the army withdraw from X": a bare (subjunctive) verb after a short subject — the clause is the matter
            else if (j < s.endToken && tokens[j]!.pos === 'VERB' && j - subject >= 1 && j - subject <= 4 && !/(ed|s)$/.test(low[j]!) && !w.genericHeads.has(low[j - 1]!) &&
              // an actor as subject: not a pronoun ("that they leave"), not a quantified deal ("that any exchange exclude")
              !/^(any|every|each|no|all)$/.test(low[subject]!) && !tokens.slice(subject, j).some((t) => t.pos === 'PRON')) clause = subject;
          }
          // "the retirement age, which the union wants lowered": the matter is what "which" stands for, before it
          const antecedent = relativeAntecedent(tokens, low, s.firstToken, i);
          if (antecedent >= 0) {
            const made = push('stance', i, i + pattern.length, antecedent, stance);
            // "… which the union wants lowered": the change wanted names the matter ("lowering of the retirement age")
            const change = low[i + pattern.length] ?? '';
            const noun = /ed$/.test(change) ? participleNoun(w, change) : undefined;
            if (noun && made) {
              made.phrases = made.phrases.map((p) => ({ ...p, text: `${noun} ${p.text.replace(/^(?:the|a|an)\s+/i, '')}` }));
            }
            continue;
          }
          // "the obligations they accepted under this Agreement": a relative clause with no "which", its object the noun
          // before the pronoun, named with what follows the cue
          const zero = zeroRelative(w, text, tokens, low, s.firstToken, i, i + pattern.length, s.endToken);
          if (zero && stance) {
            const quoted = inQuote(quoteOpen, tokens[i]!.start);
            out.push({ kind: 'stance', stance: negated(w, low, i) ? (stance === 'accepts' ? 'rejects' : stance) : stance, start: tokens[i]!.start, end: tokens[i + pattern.length - 1]!.end, phrases: [zero], sentence, actorsFrom, quotedWe: quoted && low.slice(s.firstToken, i).includes('we') });
            continue;
          }
          // "will design, develop, and operate a rover": verbs listed after the cue share its object
          if (tokens[i + pattern.length - 1]!.pos === 'VERB') j = pastVerbList(tokens, low, j, s.endToken);
          // "urged the parties to reach X", "expects the leaders to show …": the addressee is no matter; its verb's object is
          // ("urged residents to get vaccinated": a verb of appeal (tense.yml's appealVerbs) names an addressee in any noun)
          const asks = w.addressee.has(pattern.join(' ')) || w.appealVerbs.has(pattern.join(' '));
          const appeal = stance === 'demands' && !w.imposition.has(pattern.join(' ')) ? appealVerbAt(w, tokens, low, j, s.endToken, asks) : -1;
          if (appeal >= 0) j = appeal;
          else if (w.addressee.has(pattern.join(' '))) continue; // "called on the authorities": whom, not what
          else if (low[j] === 'to' && tokens[j + 1]?.pos === 'VERB') j++;
          // "won't agree to a deal that would require Norva to stop X": the deal is what it binds a party to do
          else j = boundAct(w, tokens, low, j, s.endToken);
          // "we reject any deal that does not include a withdrawal from X": what the deal lacks is demanded
          const lacking = lackedAt(w, tokens, low, j, s.endToken);
          if (lacking >= 0) j = lacking;
          // "to end X", "to refrain from X": the appeal is against X
          let flip = false;
          if (j > i + pattern.length - 1 && low[j - 1] === 'to' || appeal >= 0) {
            const halt = haltAt(w, low, j) || undoAt(w, tokens, low, j, s.endToken);
            if (halt > 0) {
              j += halt;
              flip = true;
            // ("declined to back the resolution": a word between "to" and a determiner is a verb however it is tagged)
            } else if ((tokens[j]?.pos === 'VERB' || (/^(NOUN|ADV|ADJ|PROPN)$/.test(tokens[j]?.pos ?? '') && /^[a-z]+$/.test(tokens[j]!.text) && /^(the|a|an)$/.test(low[j + 1] ?? ''))) && !w.verbNoun.has(low[j]!)) {
              // "committed to using every lever to promote X": a means names the matter it serves, X
              const purpose = w.meansGerunds.has(low[j]!) ? low.slice(j + 1, Math.min(s.endToken, j + 14)).findIndex((word, n) => word === 'to' && tokens[j + 2 + n]?.pos === 'VERB') : -1;
              if (purpose >= 0 && !w.haltVerbs.has(low[j + 2 + purpose]!)) j += 2 + purpose;
              j++;
              // "to get vaccinated", "to be vigilant": a state asked for names no matter
              if (/^(get|be|become|remain|stay)$/.test(low[j - 1]!) && (tokens[j]?.pos === 'ADJ' || /ed$/.test(low[j] ?? ''))) continue;
              // "to ensure that all voters have access to X": what the clause's subject is to have is the matter
              if (low[j] === 'that') {
                let k = j + 1;
                while (k < s.endToken && k - j <= 6 && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k++;
                if (k < s.endToken && /^(have|has|get|gets|gain|gains|enjoy|enjoys|receive|receives|keep|keeps|retain|retains)$/.test(low[k]!)) j = k + 1;
              }
            }
            // ("the need to phase out X", "to withdraw from X": a verb that names a matter stays, see nominalAt)
          }
          // "the opposition of X to Y": the actor follows "of", the matter follows "to"
          if (pattern[pattern.length - 1] === 'of' && tokens[i]!.pos === 'NOUN') {
            let k = j;
            while (k < s.endToken && k - j <= 20 && !/^(to|for)$/.test(low[k]!)) k++;
            if (k < s.endToken && k - j <= 20) {
              const made = push('stance', i, i + pattern.length, k + 1, stance);
              if (made) made.agentFrom = tokens[j]!.start;
              continue;
            }
            // "its rejection of X": with no "to" after, the matter follows "of" and the holder comes before
            if (!w.stanceObjectNouns.has(low[i]!)) continue;
          }
          if (low[j] === 'by' && i > 0 && /^(was|were|been)$/.test(low[i - 1]!)) {
            // passive: the matter is the subject; take the noun phrase before the auxiliary
            let k = i - 2;
            while (k > s.firstToken && /^(NOUN|ADJ|PROPN|DET|ADP|NUM)$/.test(tokens[k - 1]!.pos)) k--;
            push('stance', i, i + pattern.length, k, stance);
            continue;
          }
          if (pattern.length === 1 && tokens[i]!.pos !== 'VERB') continue; // "a proposed deal" is no proposal
          let source: Span | undefined;
          const key = pattern.join(' ');
          const sourceStance: Stance | undefined = w.accusation.has(key) ? 'demands' : w.imposition.has(key) ? 'rejects' : undefined;
          if (sourceStance && !negated(w, low, i)) {
            // the accuser: the "According to X," source, else the subject of the nearest accusing or reporting verb before the cue
            source = attribution;
            for (let k = i - 1; !source && k > s.firstToken; k--) {
              if (w.accusingVerbs.has(low[k]!) && tokens[k]!.start >= actorsFrom) source = { start: actorsFrom, end: tokens[k]!.start };
            }
          }
          // "did not accept" rejects; "had not violated", "did not reject" take no stance at all (the matter stays an issue)
          const not = negated(w, low, i);
          let held: Stance | undefined = stance === 'accepts' && not ? 'rejects' : stance === 'rejects' && not ? undefined : stance;
          // a question ("Will X accept Y?") or a condition ("If X accepts Y, …") asserts no stance; the matter stays
          if (hypothetical(text, s, tokens[i]!.start)) held = undefined;
          // "dropped its opposition to X" accepts X, "withdrew its support for X" rejects it, "dropped its demand" says none
          if (held && tokens[i]!.pos !== 'VERB' && w.possessivePronouns.has(low[i - 1] ?? '') && w.retractVerbs.has(low[i - 2] ?? '')) {
            held = held === 'rejects' ? 'accepts' : held === 'accepts' ? 'rejects' : undefined;
          }
          if ((flip || lacking >= 0) && held) held = held === 'rejects' ? 'demands' : 'rejects';
          const made = push('stance', i, i + pattern.length, j, held, source, clause, sourceStance);
          // "the need for X to end the war and the importance of a just peace": a later part that opens with a noun of
          // need is a demand of its own, not one more thing to end
          // "called for the elimination of X": wanting X gone rejects X (and rejecting its elimination demands it)
          if (made && held) {
            const need = splitFramed(made, w.needPhrase, 1, 'demands');
            if (need) out.push(need);
            const ended = splitFramed(made, w.eliminationPhrase, 0, flipStance(held));
            if (ended) out.push(ended);
          }
        } else if (kind === 'subject') {
          let k = i + pattern.length;
          while (k < s.endToken && !(w.copulas.has(low[k]!) && !/^(which|that|who)$/.test(low[k - 1] ?? ''))) k++;
          if (k < s.endToken) push('subject', i, i + pattern.length, k + 1);
        } else if (kind === 'dispute') {
          push('subject', i, i + pattern.length, i + pattern.length);
        } else if (kind === 'head') {
          let k = i;
          while (k > s.firstToken && /^(ADJ|PROPN)$/.test(tokens[k - 1]!.pos)) k--; // "a Norvan departure"
          if (k > s.firstToken && /^['’]s$/.test(low[k - 1]!) && tokens[k - 2]?.pos === 'PROPN') k -= 2; // "Norva’s presence"
          push('head', i, i + pattern.length, k);
        }
      }
      // an action noun names a matter with its complement only: "appointment of X", "coordination with Y"
      const action = w.actionNouns.has(low[i]!) && tokens[i]!.text === low[i] && /^(of|for|with|to|between|among|throughout|on)$/.test(low[i + 1] ?? '');
      const matterHead = (w.matterHeads.has(low[i]!) || action) && tokens[i]!.text === low[i];
      const lowerHead = (w.lowerHeadWords.has(low[i]!) || matterHead) && tokens[i]!.text === low[i];
      if (w.headWords.has(low[i]!) || lowerHead || (low[i] === 'cease' && low[i + 1] === '-' && low[i + 2] === 'fire')) {
        const cueEnd = low[i] === 'cease' ? i + 3 : i + 1;
        let k = i;
        // "a Norvan ceasefire"; a lower-case head word takes its noun modifiers too ("climate finance", "insurance subsidies")
        while (k > s.firstToken && !/^(new|proposed)$/.test(low[k - 1]!)) {
          if (/^(ADJ|PROPN)$/.test(tokens[k - 1]!.pos) || (lowerHead && tokens[k - 1]!.pos === 'NOUN')) k--;
          // "a full-scale war": a hyphen inside a word joins the word before it
          else if (low[k - 1] === '-' && k - 2 >= s.firstToken && tokens[k - 2]!.end === tokens[k - 1]!.start && tokens[k - 1]!.end === tokens[k]!.start) k -= 2;
          else break;
        }
        // the phrase is the head word with its modifiers and a prepositional complement ("ceasefire in Velmor")
        let end = cueEnd;
        // (not a span of time: "war for a long time")
        // ("the strike by rail workers", "violence against women": who acts and against whom belong to the matter)
        if (!spanOfTime(w, low, end) && /^(in|of|for|throughout|across|with|between|among|by|against)$/.test(low[end] ?? '') && end + 1 < s.endToken) {
          const [, b] = growPhrase(w, tokens, low, end + 1, s.endToken);
          if (b > end + 1) end = b;
        }
        // a matter head names a matter only with a modifier or complement: "travel ban", never a bare "ban"
        // ("the war against X and the importance of a just peace": a later part framed by need names the just peace)
        const phrases = cleanPhrases(w, text, tokens, low, k, end).filter((p) => !matterHead || p.text.includes(' ')).map((p) => {
          const need = w.needPhrase.exec(p.text);
          return need ? { ...p, start: p.start + need[0].length, text: p.text.slice(need[0].length) } : p;
        });
        if (phrases.length > 0) {
          out.push({ kind: 'head', start: tokens[i]!.start, end: tokens[cueEnd - 1]!.end, phrases, sentence, actorsFrom, quotedWe: false });
        }
      }
    }
  }
  // "… and that a ceasefire in X must be the beginning": a matter that must or should happen is demanded by whoever
  // says so (the actor is looked for before it, as for any stance)
  // and what it must be the beginning of is demanded too: "… must be the first step towards recognition of X"
  for (const c of out) {
    const must = c.kind === 'head' ? c.phrases.find((p) => w.obligation.test(text.slice(p.end, p.end + 20))) : undefined;
    if (!must) continue;
    c.kind = 'stance';
    c.stance = 'demands';
    for (const after of out) {
      if (after.kind === 'head' && after.sentence.start === c.sentence.start && after.start > must.end && w.obligationLeadsTo.test(text.slice(must.end, after.start))) {
        after.kind = 'stance';
        after.stance = 'demands';
        // whoever holds the first demand holds this one: the actor is looked for before the first matter
        after.start = c.start;
        after.end = c.end;
      }
    }
  }
  // "This proposal would achieve a ceasefire, secure the release of X …": the proposer of the proposal named before
  // proposes each matter the sentence names
  for (const c of out) {
    if (c.kind === 'head' && w.proposalSubject.test(text.slice(c.sentence.start, c.start))) {
      c.kind = 'stance';
      c.stance = 'proposes';
      c.proposal = true;
    }
  }
  // "will not accept discussions about retractions from what we agreed to on July 2 or new conditions": a matter
  // named after "or"/"and" at the end of a stance's object, past a clause the phrase stopped at, is an object too
  for (const [n, h] of out.entries()) {
    if (h.kind !== 'head') continue;
    const c = out.find((x) => x.kind === 'stance' && x.stance && x.sentence.start === h.sentence.start && x.phrases.length > 0 && x.phrases.at(-1)!.end <= h.phrases[0]!.start &&
      w.objectGoesOn.test(text.slice(x.phrases.at(-1)!.end, h.phrases[0]!.start)));
    if (c) out[n] = { ...c, phrases: h.phrases };
  }
  out.push(...haltedEvents(w, text, tokens, low, analysis.sentences));
  out.push(...judgements(w, text, tokens, low, analysis.sentences));
  out.push(...containedMatters(w, text, tokens, low, analysis.sentences));
  // "the majority approved the final order, again over the dissent of X and Y": X and Y reject the object of the verb
  // before the cue; "the EU mobilised assistance at the request of X and Y": X and Y demand it
  for (const s of analysis.sentences) {
    for (let i = s.firstToken + 2; i < s.endToken; i++) {
      if (!w.clauseObjectionFirst.has(low[i]!)) continue;
      const over = w.overObjection.find((words) => at(low, words, i));
      const cue = over ?? w.onRequest.find((words) => at(low, words, i));
      if (!cue) continue;
      let v = i - 1;
      while (v > s.firstToken && tokens[v]!.pos !== 'VERB') v--;
      const [a, b] = v > s.firstToken ? growPhrase(w, tokens, low, v + 1, i) : [0, 0];
      // (a matter word alone, "mobilised assistance", names no matter)
      const found = b > a ? cleanPhrases(w, text, tokens, low, a, b) : [];
      const phrases = found.filter((p) => !w.matterHeads.has(p.text.toLowerCase()));
      // ("Following severe floods, the EU mobilised assistance at the request of X": the help after the disaster)
      const aid = found.length === 1 && phrases.length === 0 ? aidAfterCrisis(w, text, s.start, found[0]!) : undefined;
      if (aid) phrases.push(aid);
      if (phrases.length === 0) continue;
      const sentence = { start: s.start, end: s.end };
      out.push({ kind: 'stance', stance: over ? 'rejects' : 'demands', start: tokens[i]!.start, end: tokens[i + cue.length - 1]!.end, phrases, sentence, actorsFrom: s.start, quotedWe: false, agentFrom: tokens[i + cue.length - 1]!.end });
    }
  }
  for (const phrase of instrumentNames(w, text, tokens, low)) {
    const sentence = analysis.sentences.find((x) => phrase.start >= x.start && phrase.start < x.end) ?? { start: 0, end: text.length };
    out.push({ kind: 'head', start: phrase.start, end: phrase.end, phrases: [phrase], sentence: { start: sentence.start, end: sentence.end }, actorsFrom: sentence.start, quotedWe: false });
  }
  return out;
}

/** "Following severe floods in Norva, the EU mobilised assistance …": a help noun alone as an object is named by the
 * disaster that the sentence's opening says it answers ("Assistance after severe floods in Norva"). */
function aidAfterCrisis(w: CueWords, text: string, sentenceStart: number, object: Phrase): Phrase | undefined {
  if (!w.aidNouns.has(object.text.toLowerCase())) return undefined;
  const opening = w.crisisOpening.exec(text.slice(sentenceStart, object.start));
  if (!opening || !opening[1]!.toLowerCase().split(/\s+/).some((word) => w.crisisNouns.has(word))) return undefined;
  return { ...object, text: `${object.text} after ${opening[1]!.replace(/^(?:the|a|an)\s+/i, '')}` };
}

/** What a credit cue credits: whom (tokens from the cue to "for"), where the accepted matter starts, and, when the
 * matter is the agreement itself ("for reaching a tentative agreement"), the agreement's tokens. */
interface Credit {
  matter: number;
  creditedEnd: number;
  agreement?: [number, number];
}

/** "reach a swift resolution" after "the rift among X and Y" earlier in the paragraph: the resolution of that rift. A
 * resolution with no conflict named before stays as it is. */
function resolving(w: CueWords, text: string, phrase: Phrase, before: number): Phrase {
  const words = phrase.text.toLowerCase().split(/\s+/);
  if (words.length > 2 || !w.resolutionNouns.has(words.at(-1)!)) return phrase;
  // a modifier that says which solution keeps the phrase a matter of its own: "a two-state solution"
  if (words.length === 2 && (words[0]!.includes('-') || isMatterWord(w, words[0]!))) return phrase;
  const conflict = [...text.slice(0, before).matchAll(w.conflictPhrase)].at(-1);
  return conflict ? { ...phrase, text: `${phrase.text} of the ${conflict[1]!.trim()}` } : phrase;
}

/** After a credit cue, whom it credits and "for" an achievement ("for reaching a truce", "for the agreements they
 * announced on a truce"). Whom it credits has no verb. */
function creditAt(w: CueWords, tokens: PosToken[], low: string[], from: number, end: number): Credit | undefined {
  const k = forOfCredit(tokens, low, from, end);
  if (k < 0) return undefined;
  let j = k + 1;
  const achieved = w.achievementVerbs.has(low[j] ?? '');
  if (achieved) j += /^(to|on|upon)$/.test(low[j + 1] ?? '') ? 2 : 1;
  const matter = j;
  // "the agreements they announced … on X": the matter follows "on"; "a tentative agreement" is the agreement itself
  while (j < end && j - matter <= 4 && !w.agreementNouns.has(low[j]!) && /^(DET|ADJ|PRON|NUM|PUNCT)$/.test(tokens[j]!.pos)) j++;
  if (!w.agreementNouns.has(low[j] ?? '')) return achieved ? { matter, creditedEnd: k } : undefined;
  for (let m = j + 1; m < end && m - j <= 12 && !/^[.;,]$/.test(low[m]!); m++) if (/^(on|over)$/.test(low[m]!)) return { matter: m + 1, creditedEnd: k };
  return { matter, creditedEnd: k, agreement: [matter, j + 1] };
}

/** After a credit cue, the "for" that follows whom it credits (no verb between), or -1. */
function forOfCredit(tokens: PosToken[], low: string[], from: number, end: number): number {
  let k = from;
  while (k < end && k - from <= 25 && low[k] !== 'for') {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || low[k] === '.') return -1;
    k++;
  }
  return low[k] === 'for' && k > from ? k : -1;
}

/** "a tentative agreement" credited to "the Kolvik Union and the Arvel Guild": "Tentative agreement between the Kolvik
 * Union and the Arvel Guild". Undefined when whom it credits is no name ("them"). */
function agreementBetween(w: CueWords, text: string, tokens: PosToken[], credit: Credit, from: number): Phrase | undefined {
  const [a, b] = credit.agreement!;
  const credited = text.slice(tokens[from]!.start, tokens[credit.creditedEnd - 1]!.end).trim();
  if (!/\p{Lu}/u.test(credited) || !/\band\b/.test(credited)) return undefined;
  const start = tokens[a]!.start;
  const agreement = text.slice(start, tokens[b - 1]!.end).replace(w.leading, '');
  const name = `${agreement} between ${credited.replace(/^the\s+/i, 'the ')}`;
  return { start, end: tokens[b - 1]!.end, text: name.charAt(0).toUpperCase() + name.slice(1) };
}

/** After a stance cue, an addressee and "to" and a verb ("urged all parties to reach …", "called on Norva to end …"):
 * the index of the verb, or -1. The addressee is a short noun phrase with no verb or clause break inside. */
function appealVerbAt(w: CueWords, tokens: PosToken[], low: string[], from: number, end: number, anyAddressee = false): number {
  for (let k = from; k < end && k - from <= 30; k++) {
    if (low[k] === 'to' && k > from && (tokens[k + 1]?.pos === 'VERB' || w.haltVerbs.has(low[k + 1] ?? ''))) {
      // an addressee names someone ("Norva", "all parties", "them"); "an approach to address X" is a purpose, not an appeal
      const addressee = tokens.slice(from, k).some((t, n) => t.pos === 'PROPN' || t.pos === 'PRON' || w.appealAddressee.has(low[from + n]!) || (anyAddressee && t.pos === 'NOUN'));
      return addressee ? k + 1 : -1;
    }
    const t = tokens[k]!;
    // a list of addressees may hold commas, hyphens and a bracketed acronym: "the commission (ECN)"
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && !/^[,()-]$/.test(low[k]!))) return -1;
  }
  return -1;
}

/** "a deal that …", "any agreement which …" at token j (a determiner, up to three modifiers, an agreement or proposal
 * noun, "that"/"which"): the token after "that"/"which", else -1. */
function agreementClauseAt(w: CueWords, tokens: PosToken[], low: string[], j: number, end: number): number {
  const agreement = (word: string | undefined) => word !== undefined && (w.agreementNouns.has(word) || w.proposalNouns.has(word));
  let k = tokens[j]?.pos === 'DET' ? j + 1 : j;
  while (k < end && k - j <= 3 && !agreement(low[k]) && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
  return agreement(low[k]) && /^(that|which)$/.test(low[k + 1] ?? '') ? k + 2 : -1;
}

/** "a deal that would require the country to stop X" at token j: the token after "to" (the act the agreement binds a
 * party to), else j. */
function boundAct(w: CueWords, tokens: PosToken[], low: string[], j: number, end: number): number {
  let k = agreementClauseAt(w, tokens, low, j, end);
  if (k < 0) return j;
  if (/^(would|will|could|might|must|should)$/.test(low[k] ?? '')) k++;
  if (!w.requireVerbs.has(low[k] ?? '')) return j;
  // whom it binds, a few words, then "to" and a verb
  for (let m = k + 1; m < end && m - k <= 6; m++) {
    if (low[m] === 'to' && tokens[m + 1]?.pos === 'VERB') return m + 1;
    if (/^(that|which|who|and|but)$/.test(low[m]!) || tokens[m]!.pos === 'PUNCT') break;
  }
  return j;
}

/** "Norva called the tariffs unjustified", "described the deal as a breakthrough", "Norva said the levy was unfair":
 * a judgement rejects or accepts the matter judged. With a judging verb the matter is its object and the cue the verb;
 * with a copula after a reporting verb ("said (that) X was unfair") the cue starts at the matter, so the speaker
 * before it holds the stance. */
function judgements(w: CueWords, text: string, tokens: PosToken[], low: string[], sentences: TextAnalysis['sentences']): IssueCue[] {
  const out: IssueCue[] = [];
  for (const s of sentences) {
    for (let m = s.firstToken + 2; m < s.endToken; m++) {
      const judged = w.judgementsByFirstWord.get(low[m]!)?.find(({ words }) => at(low, words, m));
      if (!judged) continue;
      const end = tokens[m + judged.words.length - 1]!.end;
      let stance: Stance | undefined = judged.stance;
      let k = m - (low[m - 1] === 'as' ? 1 : 0);
      // "was not acceptable": a negated acceptance rejects; a negated rejection ("not illegal") asserts nothing
      const not = /^(not|n't|n’t|never)$/.test(low[k - 1] ?? '');
      if (not) k--;
      if (not) stance = stance === 'accepts' ? 'rejects' : undefined;
      if (!stance) continue;
      if (w.degreeAdverbs.has(low[k - 1] ?? '') || /ly$/.test(low[k - 1] ?? '') && tokens[k - 1]!.pos === 'ADV') k--;
      const sentence = { start: s.start, end: s.end };
      // a judging verb a few words before: its object, between them, is the matter
      let v = k - 1;
      while (v > s.firstToken && k - v <= 8 && !w.judgementVerbs.has(low[v]!) && !/^[,;:]$/.test(low[v]!)) v--;
      if (w.judgementVerbs.has(low[v]!) && v + 1 < k && !negated(w, low, v)) {
        const phrases = cleanPhrases(w, text, tokens, low, v + 1, k);
        if (phrases.length > 0) out.push({ kind: 'stance', stance, start: tokens[v]!.start, end, phrases, sentence, actorsFrom: s.start, quotedWe: false });
        continue;
      }
      // a copula, and its subject back to "that" or a reporting verb: "said the levy on Kolvik was"
      if (!w.copulas.has(low[k - 1] ?? '')) continue;
      let a = k - 1;
      const says = (word: string | undefined) => word !== undefined && (w.reportingVerbs.has(word) || w.verdictVerbs.has(word));
      while (a > s.firstToken && k - a <= 10 && !says(low[a - 1]) && low[a - 1] !== 'that' && /^(NOUN|PROPN|ADJ|DET|NUM|ADP|PART)$/.test(tokens[a - 1]!.pos)) a--;
      if (a === k - 1 || !(says(low[a - 1]) || (low[a - 1] === 'that' && says(low[a - 2])))) continue;
      const phrases = cleanPhrases(w, text, tokens, low, a, k - 1);
      if (phrases.length > 0) out.push({ kind: 'stance', stance, start: tokens[a]!.start, end, phrases, sentence, actorsFrom: s.start, quotedWe: false });
    }
  }
  return out;
}

/** "It includes a ceasefire, withdrawal from X, and the release of Y", "this agreement, including assurances on Z,":
 * what an agreement, plan or set of terms holds is a matter each (no one's stance is said). */
function containedMatters(w: CueWords, text: string, tokens: PosToken[], low: string[], sentences: TextAnalysis['sentences']): IssueCue[] {
  const out: IssueCue[] = [];
  const container = (word: string | undefined) => word !== undefined && (w.agreementNouns.has(word) || w.proposalNouns.has(word) || w.generalObjects.has(word) || w.instrumentWords.has(word));
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      let from = -1;
      if (w.containVerbs.has(low[i]!) && tokens[i]!.pos === 'VERB') {
        // the subject: "It", "The deal", "the terms", a few words before the verb
        const subject = low.slice(Math.max(s.firstToken, i - 4), i);
        if ((i === s.firstToken + 1 && low[s.firstToken] === 'it') || subject.some(container)) from = i + 1;
      } else if (low[i] === 'including' && low[i - 1] === ',' && container(low[i - 2])) {
        from = i + 1;
      }
      if (from < 0) continue;
      const phrases = listAt(w, text, tokens, low, from, s.endToken);
      if (phrases.length > 0) out.push({ kind: 'head', start: tokens[i]!.start, end: tokens[i]!.end, phrases, sentence: { start: s.start, end: s.end }, actorsFrom: s.start, quotedWe: false });
    }
  }
  return out;
}

/** The matters of a list from token k: "a ceasefire, withdrawal of forces from X, and the release of Y". */
function listAt(w: CueWords, text: string, tokens: PosToken[], low: string[], k: number, end: number): Phrase[] {
  const out: Phrase[] = [];
  for (let n = 0; n < 8 && k < end; n++) {
    if (/^(and|or)$/.test(low[k]!)) k++;
    const [a, b] = growPhrase(w, tokens, low, k, end);
    if (b <= a) break;
    out.push(...cleanPhrases(w, text, tokens, low, a, b));
    if (low[b] !== ',' || /^(including|such|which|who)$/.test(low[b + 1] ?? '')) break;
    k = b + 1;
  }
  return out;
}

/** "any deal that does not include X", "an agreement that fails to guarantee X" at token j: the token where X starts,
 * else -1. */
function lackedAt(w: CueWords, tokens: PosToken[], low: string[], j: number, end: number): number {
  const k = agreementClauseAt(w, tokens, low, j, end);
  if (k < 0) return -1;
  const lacks = /^(does|do|did|would|will)$/.test(low[k] ?? '') && /^(not|n't|n’t)$/.test(low[k + 1] ?? '') ? k + 2 : /^(fails?|failed)$/.test(low[k] ?? '') && low[k + 1] === 'to' ? k + 2 : -1;
  return lacks >= 0 && w.provisionVerbs.has(low[lacks] ?? '') ? lacks + 1 : -1;
}

/** A verb that stops a matter at token i ("end", "refrain from"): how many tokens it takes, or 0. */
function haltAt(w: CueWords, low: string[], i: number): number {
  if (w.haltVerbs.has(`${low[i]} ${low[i + 1]}`)) return 2;
  return w.haltVerbs.has(low[i]!) ? 1 : 0;
}

/** "The Arvel summit (ARV 9) was suspended", "ARV 9 lost quorum and was suspended": a named event halted is a matter
 * named by the halt ("Suspension of ARV 9"). The event is the name right before the verb (a bracketed short form
 * first), or when "and" joins the verb to an earlier one, the name right before that one. */
function haltedEvents(w: CueWords, text: string, tokens: PosToken[], low: string[], sentences: TextAnalysis['sentences']): IssueCue[] {
  const out: IssueCue[] = [];
  for (const s of sentences) {
    for (let i = s.firstToken + 1; i + 1 < s.endToken; i++) {
      if (!/^(was|were)$/.test(low[i]!)) continue;
      const two = `${low[i + 1]} ${low[i + 2]}`;
      const noun = w.haltedEvent.get(two) ?? w.haltedEvent.get(low[i + 1]!);
      if (!noun) continue;
      // "(ARV 9) was suspended"; "ARV 9 lost quorum and was suspended": the name that opens the sentence
      let end = i;
      if (low[end - 1] === 'and') {
        // the subject of the verb that "and" joins this one to: a name, then a few lower-case words ("lost quorum")
        end = i - 1;
        while (end > s.firstToken && i - 1 - end <= 4 && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
      }
      if (low[end - 1] === ')') end--;
      let start = end;
      while (start > s.firstToken && /^[\p{Lu}\d]/u.test(tokens[start - 1]!.text) && /^(PROPN|NUM|NOUN)$/.test(tokens[start - 1]!.pos)) start--;
      // a name, not a capitalised common word opening the sentence ("Talks were called off")
      if (start === end || !/^\p{Lu}/u.test(tokens[start]!.text) || (start === s.firstToken && end - start === 1 && !/^[\p{Lu}\d]+$/u.test(tokens[start]!.text))) continue;
      const the = low[start - 1] === 'the' ? 'the ' : '';
      const name = the + text.slice(tokens[start]!.start, tokens[end - 1]!.end);
      const verbEnd = tokens[i + (w.haltedEvent.has(two) ? 2 : 1)]!.end;
      const phrase = { start: tokens[start]!.start, end: tokens[end - 1]!.end, text: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${name}` };
      out.push({ kind: 'head', start: tokens[i]!.start, end: verbEnd, phrases: [phrase], sentence: { start: s.start, end: s.end }, actorsFrom: s.start, quotedWe: false });
    }
  }
  return out;
}

/** "to reopen and modify the final order", "to overturn the ruling": verbs that undo a decision, when their object is
 * one (an order, a ruling, a law), stop it as much as "end" does: the number of words up to the object, else 0. */
function undoAt(w: CueWords, tokens: PosToken[], low: string[], i: number, end: number): number {
  const verb = (k: number): number => (w.undoVerbs.has(`${low[k]} ${low[k + 1]}`) ? 2 : w.undoVerbs.has(low[k] ?? '') ? 1 : 0);
  let k = i + verb(i);
  if (k === i) return 0;
  // "to reopen and modify": more verbs of the same object
  while (low[k] === 'and' && verb(k + 1) > 0) k += 1 + verb(k + 1);
  const [a, b] = growPhrase(w, tokens, low, k, end);
  // the head noun: the last word before the first preposition ("the ruling on quotas"), else the last word
  const preposition = tokens.slice(a + 1, b).findIndex((t) => t.pos === 'ADP');
  const head = preposition >= 0 ? a + preposition : b - 1;
  return b > a && w.decisionNouns.has(low[head]!) ? k - i : 0;
}

const CONNECTORS = /^(of|on|for|to|the|and)$/;

/** "for a long time", "over three years" at token j: a span of time, which ends a matter. */
function spanOfTime(w: CueWords, low: string[], j: number): boolean {
  return /^(for|over|within)$/.test(low[j] ?? '') && low.slice(j + 1, j + 5).some((x) => w.timeSpanNouns.has(x));
}

/** Names of agreements, laws and measures: capitalised words ending in an instrument word ("the Clean Rivers Act"),
 * which may go on with "on"/"of" and more capitalised words ("Treaty on the Non-Proliferation of Nuclear Weapons"). */
function instrumentNames(w: CueWords, text: string, tokens: PosToken[], low: string[]): Phrase[] {
  const capital = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '') || /^\d/.test(tokens[k]?.text ?? '');
  const out: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (an instrument word right before another capitalised word is a first name or part of another name: "Bill Nelson")
    if (!w.instrumentWords.has(low[i]!) || !capital(i) || (capital(i + 1) && /^\p{L}/u.test(tokens[i + 1]?.text ?? ''))) continue;
    let a = i;
    while (a > 0) {
      if (capital(a - 1) && /^(PROPN|NOUN|ADJ|NUM|X)$/.test(tokens[a - 1]!.pos)) a--;
      else if (low[a - 1] === '-' && capital(a - 2)) a -= 2; // "Kunming-Montreal"
      else break;
    }
    let b = i + 1;
    // "Agreement on the Path to Normalisation": connectors and capitalised words after the instrument word
    for (let k = b; k < tokens.length && k - i <= 10; k++) {
      if (w.calendarWords.has(low[k]!)) break; // "the Velmor Accord on Monday"
      if (capital(k)) b = k + 1;
      else if (!CONNECTORS.test(low[k]!) && low[k] !== '-') break;
    }
    // a sentence's first word is capitalised anyway: "Talks on the plan" names no instrument
    if (a === i && b === i + 1) continue;
    const start = tokens[a]!.start;
    const named: Phrase = { start, end: tokens[b - 1]!.end, text: text.slice(start, tokens[b - 1]!.end) };
    if (w.genericHeads.has(low[i]!)) named.generic = low[i]!; // "the X Agreement" … "the agreement"
    out.push(named);
    i = b - 1;
  }
  return out;
}

/** "According to the sources, Norva objected …": actors are looked for after the attribution. */
function attributionEnd(tokens: PosToken[], low: string[], first: number, end: number): number {
  if (low[first] === 'according' && low[first + 1] === 'to') {
    for (let k = first + 2; k < end; k++) if (low[k] === ',') return tokens[k]!.end;
  }
  return tokens[first]!.start;
}

/** Character ranges inside double quotation marks. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

function inQuote(ranges: [number, number][], offset: number): boolean {
  return ranges.some(([a, b]) => offset > a && offset < b);
}
