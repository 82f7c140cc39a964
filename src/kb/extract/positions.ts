// Positions: for each stance cue, the party taking it (the subject of the cue verb, the passive agent, or a quoted "we"),
// and for an accusation the accuser's opposite stance.
import type { ExtractedEntity, ExtractedPosition, Mention } from '../types.ts';
import { isSignatureLine, type Span } from './discover.ts';
import type { IssueCue } from './issues.ts';
import type { PlacedMention } from './resolve.ts';
import { alternation, perLexicon, type Lexicon } from '../lexicon/lexicon.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { quoteAround } from './mention-quote.ts';

/** The lexicon as positions read it. */
interface PositionWords {
  /** Text that ends with a non-subject preposition. A party after one (with only other names, "the", "and" and commas
   * between) is in a prepositional phrase: "Mediators from the U.S., Norva and Tarsis", "talks mediated by X, Y and Z",
   * "with support from X" — not the subject. "of"/"for" are left out: "a spokesman for the Norvan Front", "the
   * government of Sudan" stand for the party. */
  nonSubject: RegExp;
  /** A reporting verb and the word after it (and an optional "that"): "said the companies". */
  reported: RegExp;
  /** The words between a speaker and the body whose stance they report: " says the ". */
  reportsBody: RegExp;
  /** Titles before a person's name, lower-cased: "secretary-general". */
  titles: ReadonlySet<string>;
  /** Weekdays and months: "Norva Monday rejected" is no longer name. */
  calendarWords: ReadonlySet<string>;
  /** A clause of its own (a clause opener, then a common-noun subject) right before the cue. */
  ownSubject: RegExp;
  /** Last words of an organisation's name: "council", "court". */
  bodies: ReadonlySet<string>;
  /** A subject relative clause up to the cue: ", which will ". */
  subjectRelative: RegExp;
  /** referringBodyNouns: "the group" in a reported clause stands for the organisation named last. */
  referringBodies: ReadonlySet<string>;
  /** A sentence opening with a body's description as its subject, up to the cue: "The militant group has ". */
  describedBody: RegExp;
  /** A proposal and who made it, before the name: "the bridging proposal presented today by (the) ". */
  proposalBy: RegExp;
  /** A proposal after its maker's name: "'s proposal". */
  proposalOf: RegExp;
  /** A sentence opening with "The two leaders", "Both countries", up to the cue; the noun is captured. */
  referringPair: RegExp;
  /** referringPeopleNouns: the pair nouns that stand for people. */
  referringPeople: ReadonlySet<string>;
}

const wordsOf = perLexicon((lexicon): PositionWords => ({
  nonSubject: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.nonSubjectPrepositions)})\\s*$`, 'iu'),
  // the reported clause's first word, past a time ("said on Monday it …") or a source ("said in a statement that …")
  reported: new RegExp(`\\b(?:${alternation(lexicon.reportingVerbs)})\\b\\s*(?:(?:on\\s+|late\\s+|early\\s+)?(?:${alternation(lexicon.calendarWords)})\\b,?\\s*|in\\s+an?\\s+(?:statement|interview)\\s*,?\\s*)*(?:that\\s+)?(\\p{L}+)?(?:\\s+(\\p{L}+))?`, 'iu'),
  titles: new Set(lexicon.titles),
  calendarWords: new Set(lexicon.calendarWords),
  ownSubject: new RegExp(`\\b(?:${alternation(lexicon.clauseOpeners)})\\s+(?:not\\s+before\\s+)?(?:the\\s+|all\\s+|many\\s+|some\\s+)?\\p{Ll}+s\\s+$`, 'u'),
  reportsBody: new RegExp(`^\\s*(?:${alternation(lexicon.reportingVerbs)})\\s+(?:that\\s+)?(?:the\\s+)?$`, 'i'),
  bodies: new Set(lexicon.organisationSuffixes),
  subjectRelative: /,\s*(?:which|who)\s+(?:(?:will|would|has|have|had|is|are|was|were|also|then|later|now|quickly)\s+)*$/i,
  referringBodies: new Set(lexicon.referringBodyNouns),
  describedBody: new RegExp(`^\\s*[Tt]he\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${alternation(lexicon.referringBodyNouns)})\\s+(?:(?:is|was|are|were|has|have|had|been|will|would|also|again|now|\\p{Ll}+ly)\\s+)*$`, 'u'),
  proposalBy: new RegExp(`\\b(?:${alternation(lexicon.proposalNouns)})\\b[^.;]{0,60}\\bby\\s+(?:the\\s+)?$`, 'iu'),
  referringPair: new RegExp(`^\\s*(?:the\\s+two|both(?:\\s+the)?)\\s+(${alternation([...lexicon.referringPeopleNouns, ...lexicon.referringPairNouns])})\\s+(?:(?:have|has|had|also|again|then|jointly|together|will|would|\\p{Ll}+ly)\\s+)*(?:\\p{Ll}+\\s+their\\s+(?:\\p{Ll}+\\s+)?)?$`, 'iu'),
  referringPeople: new Set(lexicon.referringPeopleNouns),
  proposalOf: new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${alternation(lexicon.proposalNouns)})\\b`, 'iu'),
}));

function partiesIn(w: PositionWords, placed: PlacedMention[], paragraph: number, text: string): PlacedMention[] {
  // "the U.S.-designated group": a name glued to a hyphenated modifier is not an actor, nor one that opens a longer
  // name ("the United States Embassy"; "Norva Monday rejected" is no longer name: the weekday is a date)
  // in text order: names found by the gazetteer and names discovered afresh are placed in two passes
  return placed
    .filter((p) => p.paragraph === paragraph && p.entity.type === 'party' && text[p.end] !== '-' && !opensLongerName(w, text, p.end))
    .sort((a, b) => a.start - b.start);
}

/** A subordinate or coordinate clause whose own subject (a common noun) stands right before the cue. */
const NEXT_CAPITALISED = /^ (\p{Lu}\p{Ll}+)\b/u;

function opensLongerName(w: PositionWords, text: string, end: number): boolean {
  const next = NEXT_CAPITALISED.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && !w.calendarWords.has(next.toLowerCase());
}

/** After a possessor (its "'s" in the name's surface or not): a short lower-case phrase closed by a comma. */
const POSSESSED_CLOSED = /^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*,/u;
const POSSESSIVE_CLOSED = /^['’]s?\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*,/u;

/** The last party in subject position between from and to: one neither inside a prepositional phrase nor in an
 * apposition set off by commas after another name ("Sweden, Norway's neighbour, demanded"). */
function subjectIn(w: PositionWords, from: number, to: number, text: string, parties: PlacedMention[]): PlacedMention | undefined {
  const inRange = parties.filter((p) => p.start >= from && p.end <= to);
  for (let n = inRange.length - 1; n >= 0; n--) {
    const p = inRange[n]!;
    // blank out the names before it, then strip the list material between it and what governs it
    let before = text.slice(from, p.start);
    for (const q of inRange) if (q.end <= p.start) before = before.slice(0, q.start - from) + '#'.repeat(q.end - q.start) + before.slice(q.end - from);
    // after a bare comma, a name that does not go on into a list ("…, and", "… and Tarsis") opens a new clause:
    // "In talks mediated by Norway and Denmark, Sweden demanded …"
    const listGoesOn = /^\s*(?:,|\band\b|\bor\b)/i.test(text.slice(p.end, to));
    const newClause = /,\s*(?:the\s+)?$/i.test(before) && !/\b(?:and|or)\s*,?\s*(?:the\s+)?$/i.test(before) && !listGoesOn;
    if (!newClause && w.nonSubject.test(before.replace(/(?:\s|#|,|\band\b|\bor\b|\bthe\b)*$/iu, ''))) continue;
    // "days before President Ana Torres's inauguration, the majority approved …": a possessor inside a phrase that a
    // comma closes before the cue is no subject
    if ((/['’]s?$/.test(text.slice(p.start, p.end)) ? POSSESSED_CLOSED : POSSESSIVE_CLOSED).test(text.slice(p.end, to))) continue;
    // an apposition: ", <p …>," right after another name
    const open = text.lastIndexOf(',', p.start);
    const close = text.indexOf(',', p.end);
    if (open >= from && close >= 0 && close < to && !text.slice(open, p.start).includes('.')) {
      const head = inRange.find((q) => q.end <= open && /^\s*$/.test(text.slice(q.end, open)));
      if (head && !/\b(and|or)\b/.test(text.slice(open, close))) continue;
    }
    return p;
  }
  return undefined;
}

/** The parties a stance cue belongs to (a subject "X, Y and Z" gives all three), none when the sentence does not say. */
export function actorsOf(cue: IssueCue, paragraph: number, text: string, placed: PlacedMention[], entities: ExtractedEntity[], lexicon: Lexicon, signer?: ExtractedEntity): ExtractedEntity[] {
  const w = wordsOf(lexicon);
  const parties = partiesIn(w, placed, paragraph, text);
  if (cue.agentFrom !== undefined) {
    const agent = parties.find((p) => p.start >= cue.agentFrom! && p.end <= cue.sentence.end);
    return agent ? withListed(agent, parties, text, cue.sentence.end, 'after') : [];
  }
  // "The two leaders reaffirmed …", "Both countries agreed …": the two people or parties named last before the sentence
  const pair = w.referringPair.exec(text.slice(Math.max(cue.actorsFrom, cue.sentence.start), cue.start));
  if (pair) {
    const people = w.referringPeople.has(pair[1]!.toLowerCase());
    return lastTwoNamed(placed, paragraph, cue.sentence.start, (entity) => entity.type === 'party' && (entity.kind === 'person') === people);
  }
  const one = actorOf(w, cue, paragraph, text, placed, parties, entities, signer);
  if (!one) return [];
  const at = parties.filter((p) => p.entity === one && p.end <= cue.start && p.start >= cue.sentence.start).at(-1);
  if (!at) return [one];
  // the list may run either way from the name found: "X, Y and Z demanded" (the last), "X and Y each underlined
  // their commitment to" (the first, for a stance said by a noun)
  const listed = [...new Set([...withListed(at, parties, text, cue.sentence.start, 'before'), ...withListed(at, parties, text, cue.start, 'after')])];
  const head = speakingHead(w, at, parties, text, cue.sentence.start);
  return head && !listed.includes(head) ? [...listed, head] : listed;
}

/** "Director-General X says the Agency does not support Y": a person who reports the stance of the body they lead
 * or belong to (by role or membership) holds it too. */
function speakingHead(w: PositionWords, body: PlacedMention, parties: PlacedMention[], text: string, from: number): ExtractedEntity | undefined {
  if (body.entity.kind === 'person') return undefined;
  const speaker = parties.filter((p) => p.end <= body.start && p.start >= from && p.entity.kind === 'person').at(-1);
  if (!speaker || !w.reportsBody.test(text.slice(speaker.end, body.start))) return undefined;
  const surface = text.slice(body.start, body.end);
  const belongs = speaker.entity.memberOf === body.entity.name || (speaker.entity.role !== undefined && new RegExp(`\\b${escapeRegExp(surface)}\\b`).test(speaker.entity.role));
  return belongs ? speaker.entity : undefined;
}

/** A party and the others coordinated with it: "Norva, Tarsis and Velmor demanded" (before), "rejected by Norva and
 * Tarsis" (after). Names joined by commas, "and" and "or" count, and only as a list closed by "and"/"or": "According to
 * Norva, Tarsis objected" is no list. */
function withListed(p: PlacedMention, parties: PlacedMention[], text: string, bound: number, way: 'before' | 'after'): ExtractedEntity[] {
  // a short form in brackets may follow each name: "the Arvel Agency (AA) and the Norvan Fund (NF)"
  // and a title may stand before each: "Chairman Ana Torres and Commissioner Omar Baddel"
  const joint = /^\s*(?:\([^()]{1,24}\)\s*|\)\s*)?(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:[Tt]he\s+)?(?:(?:\p{Ll}+-)?\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
  const chain: { entity: ExtractedEntity; closes: boolean }[] = [];
  let edge = p;
  for (;;) {
    const next = way === 'before'
      ? parties.filter((q) => q.end <= edge.start && q.start >= bound).at(-1)
      : parties.find((q) => q.start >= edge.end && q.end <= bound);
    if (!next) break;
    const between = way === 'before' ? text.slice(next.end, edge.start) : text.slice(edge.end, next.start);
    // the same party again in brackets ("the Arvel Agency (AA)") is no new item of the list
    if (next.entity === edge.entity && /^\s*\(\s*$|^\)?\s*$/.test(between)) {
      edge = next;
      continue;
    }
    if (!joint.test(between)) break;
    chain.push({ entity: next.entity, closes: /\b(?:and|or)\b/i.test(between) });
    edge = next;
  }
  // before the cue the "and" comes first ("X, Y and Z"); after it, last
  const kept = way === 'before' ? (chain[0]?.closes ? chain : []) : chain.slice(0, chain.findLastIndex((c) => c.closes) + 1);
  return [...new Set([p.entity, ...kept.map((c) => c.entity)])];
}

/** The one party in subject position before a cue, a quoted "we"'s speaker, or the person a "he"/"she" stands for. */
function actorOf(w: PositionWords, cue: IssueCue, paragraph: number, text: string, placed: PlacedMention[], parties: PlacedMention[], entities: ExtractedEntity[], signer?: ExtractedEntity): ExtractedEntity | undefined {
  if (cue.author) return authorOf(placed, signer);
  if (cue.proposal) return proposerBefore(w, entities, paragraph, cue.start);
  if (cue.quotedI) {
    // "I will propose …" in a quotation: the person speaking outside it, else the statement's author
    return parties.find((p) => !insideQuotes(text, p.start) && p.entity.kind === 'person')?.entity ?? authorOf(placed, signer);
  }
  if (cue.quotedWe) {
    // The speaker stands outside the quotation marks: prefer a person, then stand for the party they belong to.
    const outside = parties.filter((p) => !insideQuotes(text, p.start));
    // (a quotation with no one named outside it in its paragraph goes on with the statement's author)
    const speaker = outside.find((p) => p.entity.kind === 'person') ?? outside[0];
    if (!speaker) return authorOf(placed, signer);
    const org = speaker.entity.memberOf ? entities.find((e) => e.type === 'party' && e.name === speaker.entity.memberOf) : undefined;
    return org ?? speaker.entity;
  }
  const from = Math.max(cue.actorsFrom, cue.sentence.start);
  // "… was met by Sweden, which will supply X": a subject relative clause's antecedent holds its stance
  const relative = w.subjectRelative.exec(text.slice(from, cue.start));
  const antecedent = relative ? parties.filter((p) => p.start >= from && p.end <= from + relative.index).at(-1) : undefined;
  if (antecedent && /^\s*$/.test(text.slice(antecedent.end, from + relative!.index))) return antecedent.entity;
  // "China's support for X": the possessor holds it
  if (/['’]s$/.test(text.slice(Math.max(0, cue.start - 2), cue.start))) {
    const possessor = parties.find((p) => p.end === cue.start || (p.end === cue.start - 2 && /['’]s$/.test(text.slice(p.end, cue.start))));
    if (possessor) return possessor.entity;
  }
  // "thanked X for hosting the talks, which demonstrates their commitment to Y": a plural possessive before a stance
  // noun stands for the parties named last before it in the sentence, not for a singular subject
  const plural = cue.nominal === true ? /\b(?:their|its)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(from, cue.start)) : null;
  if (plural) {
    const last = parties.filter((p) => p.start >= from && p.end <= from + plural.index).at(-1);
    // (the subject is a title that opens the sentence, else the party in subject position)
    const title = /^\s*[Tt]he\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s/u.exec(text.slice(from, cue.start))?.[1];
    const titled = title !== undefined && w.titles.has(title.toLowerCase());
    if (last && (titled || last !== subjectIn(w, from, from + plural.index, text, parties))) return last.entity;
  }
  // a readout's item with no subject ("Called for X.", "- Pressed for Y."): the person the readout is about
  if (/^[\s\-–—•*]*$/.test(text.slice(cue.sentence.start, cue.start))) return lastPersonBefore(placed, paragraph, cue.start);
  // "X ruled against Y, blocking Z": a participle after a comma shares the main clause's subject, its first one; so
  // does a stance said by a noun ("she acknowledged …, including the need to prevent Z")
  const participle = /,\s*$/.test(text.slice(from, cue.start)) && /^\p{L}+ing\b/iu.test(text.slice(cue.start, cue.end));
  // "X highlighted the obstacles that Y faces and urged …": a verb after "and" shares the first verb's subject
  const coordinated = /\band\s+(?:also\s+|then\s+)?$/i.test(text.slice(from, cue.start));
  const first = participle || coordinated || cue.nominal === true;
  // "The Administrator met X and stressed …": a title opening the sentence is its first subject
  // (past an opening adverbial: "On this occasion, the Secretary-General reaffirms …")
  const opening = first ? /^\s*(?:[^,;]{1,40},\s*)?[Tt]he\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s/u.exec(text.slice(from, cue.start))?.[1] : undefined;
  if (opening && w.titles.has(opening.toLowerCase())) {
    const titled = personTitled(opening, entities, paragraph, from);
    if (titled) return titled;
  }
  const best = first
    ? parties.filter((p) => p.start >= from && p.end <= cue.start).find((p) => subjectIn(w, from, p.end, text, parties) === p)
    : subjectIn(w, from, cue.start, text, parties);
  // "He calls on …", "She also stressed …": a subject pronoun after the last name stands for the last person named;
  // "I have urged …", "We call on …" outside quotations is the writer: the statement's author
  const pronouns = [...text.slice(from, cue.start).matchAll(/\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)\b/g)];
  const pronoun = first ? pronouns[0] : pronouns.at(-1);
  const pronounFirst = pronoun && (!best || (first ? from + pronoun.index < best.start : best.end <= from + pronoun.index));
  if (pronoun && pronounFirst && !insideQuotes(text, from + pronoun.index)) {
    if (!/^they$/i.test(pronoun[0])) return /^(?:I|we)$/i.test(pronoun[0]) ? authorOf(placed, signer) : lastPersonBefore(placed, paragraph, from + pronoun.index);
    // ("X said they …" with no list before: read on as for any subject)
    const list = listBefore(parties, text, cue.sentence.start, from + pronoun.index);
    if (list) return list;
  }
  if (!best) return titledBefore(w, text.slice(from, cue.start), entities, paragraph, cue.start) ?? describedBefore(w, text.slice(from, cue.start), entities, paragraph, cue.start);
  // "X said the companies had refused …": the actor is in the reported clause, unless it is X again ("X said he …")
  const between = text.slice(best.end, cue.start);
  // "X was suspended, but not before countries agreed on …": a new clause with a subject of its own that is no party
  if (w.ownSubject.test(between)) return undefined;
  const speech = w.reported.exec(between);
  // "X said the council opposed …": a body's head noun in the reported clause stands for the body named with it
  const body = speech && /^the$/i.test(speech[1] ?? '') && speech[2] && w.bodies.has(speech[2].toLowerCase()) ? lastBodyBefore(speech[2].toLowerCase(), entities, paragraph, cue.start) : undefined;
  if (body) return body;
  // "X, a spokeswoman for the Norvan Front, said the group would not …": "the group" is the organisation named last
  if (speech && /^the$/i.test(speech[1] ?? '') && speech[2] && w.referringBodies.has(speech[2].toLowerCase())) {
    return latestNamed(entities, paragraph, cue.start, (entity) => entity.type === 'party' && entity.kind === 'organisation');
  }
  // "X said Norway was ready to …", "X told reporters that Norway backs …": a party opening the reported clause, with
  // only auxiliaries between it and the cue, holds the stance
  const clauseStart = speech ? best.end + speech.index : cue.start;
  const subject = parties.filter((p) => p.start > clauseStart && p.end <= cue.start).at(-1);
  if (subject && /^\s*(?:(?:has|have|had|is|are|was|were|will|would|could|can|also|now|still|not|\p{Ll}+ly)\s+)*$/u.test(text.slice(subject.end, cue.start))) return subject.entity;
  // "X said that a ceasefire must …": the reported clause's subject is the matter itself, so X holds the stance
  // (so does "X said [the levy was unfair]", a cue that starts where the reported clause does)
  const matterIsSubject = speech !== null && ((/^(?:a|an|the|any)$/i.test(speech[1] ?? '') && speech[2] === undefined) || speech[1] === undefined) && /^\s*$/.test(between.slice(speech.index + speech[0].length));
  if (speech && !matterIsSubject && !/^(he|she|it|they|we|i)$/i.test(speech[1] ?? '')) return undefined;
  return best.entity;
}

/** "The Secretary-General deplores …": a title alone, right before the cue, stands for the person named with it
 * earlier in the article ("UN Secretary-General Ana Torres"). */
function titledBefore(w: PositionWords, before: string, entities: ExtractedEntity[], paragraph: number, offset: number): ExtractedEntity | undefined {
  const title = /\bthe\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s+(?:\p{Ll}+ly\s+|also\s+)?$/iu.exec(before)?.[1];
  if (!title) return undefined;
  // "the Council reiterated …": a body's head noun alone stands for the body named last with it ("the Energy Council")
  if (w.bodies.has(title.toLowerCase())) return lastBodyBefore(title.toLowerCase(), entities, paragraph, offset);
  if (!w.titles.has(title.toLowerCase())) return undefined;
  return personTitled(title, entities, paragraph, offset);
}

/** A capitalised word at the end of a text: one of a person's first names. */
const LAST_NAME_WORD = /\s\p{Lu}[\p{L}.'’-]*$/u;

/** "The U.S.-designated militant group is demanding …": a definite description of a body as the subject, right
 * before the cue, stands for the organisation named last. */
function describedBefore(w: PositionWords, before: string, entities: ExtractedEntity[], paragraph: number, offset: number): ExtractedEntity | undefined {
  if (!w.describedBody.test(before)) return undefined;
  return latestNamed(entities, paragraph, offset, (entity) => entity.type === 'party' && entity.kind === 'organisation');
}

/** The person named last before an offset with a title before the name ("UN Secretary-General Ana Torres"). */
function personTitled(title: string, entities: ExtractedEntity[], paragraph: number, offset: number): ExtractedEntity | undefined {
  // the title right before the name, or before its first names: "Administrator Dana Kellow", "Administrator Kellow";
  // not "Administrator Kellow spoke with Ana Torres"
  const lower = title.toLowerCase();
  return latestNamed(entities, paragraph, offset, (entity, m) => {
    if (entity.kind !== 'person') return false;
    const at = m.sentence.indexOf(m.surface);
    if (at < 0) return false;
    let before = m.sentence.slice(Math.max(0, at - 80), at).trimEnd();
    for (let words = 0; words <= 3; words++) {
      if (before.toLowerCase().endsWith(lower)) return true;
      const name = LAST_NAME_WORD.exec(before);
      if (!name) return false;
      before = before.slice(0, name.index).trimEnd();
    }
    return false;
  });
}

/** The entity whose mention before an offset (in this paragraph or an earlier one) comes last, among the mentions
 * the test accepts. */
function latestNamed(entities: ExtractedEntity[], paragraph: number, offset: number, accepts: (entity: ExtractedEntity, mention: Mention) => boolean): ExtractedEntity | undefined {
  let found: { entity: ExtractedEntity; paragraph: number; start: number } | undefined;
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.paragraph > paragraph || (m.paragraph === paragraph && m.start >= offset) || !accepts(entity, m)) continue;
      if (!found || m.paragraph > found.paragraph || (m.paragraph === found.paragraph && m.start > found.start)) found = { entity, paragraph: m.paragraph, start: m.start };
    }
  }
  return found?.entity;
}

/** Whoever made the proposal named last before an offset: "the plan presented today by Norva", "Norva's proposal". */
function proposerBefore(w: PositionWords, entities: ExtractedEntity[], paragraph: number, offset: number): ExtractedEntity | undefined {
  return latestNamed(entities, paragraph, offset, (entity, m) => {
    if (entity.type !== 'party') return false;
    const at = m.sentence.indexOf(m.surface);
    if (at < 0) return false;
    // (a possessive may be part of the surface: "Norva's")
    const after = at + m.surface.replace(/['’]s?$/, '').length;
    return w.proposalBy.test(m.sentence.slice(Math.max(0, at - 100), at)) || w.proposalOf.test(m.sentence.slice(after, after + 40));
  });
}

/** The organisation named last before an offset whose name ends with a body's head noun ("council"). */
function lastBodyBefore(head: string, entities: ExtractedEntity[], paragraph: number, offset: number): ExtractedEntity | undefined {
  return latestNamed(entities, paragraph, offset, (entity) => entity.type === 'party' && entity.kind !== 'person' && entity.name.split(/\s+/).at(-1)!.toLowerCase() === head);
}

/** The author of a statement: the person its headline names ("Statement from President X on …"). */
function authorOf(placed: PlacedMention[], signer: ExtractedEntity | undefined): ExtractedEntity | undefined {
  return placed.find((p) => p.paragraph === 0 && p.entity.kind === 'person')?.entity ?? signer;
}

/** "Statement by High Representative Ana Velt" as a statement's last paragraph: the person who signed it. */
export function signerOf(paragraphs: string[], placed: PlacedMention[], lexicon: Lexicon): ExtractedEntity | undefined {
  const last = paragraphs.length - 1;
  if (last < 1 || !isSignatureLine(paragraphs[last]!, lexicon)) return undefined;
  return placed.find((p) => p.paragraph === last && p.entity.kind === 'person')?.entity;
}

/** "by both Kosovo and Serbia in implementing the obligations they accepted": "they" stands for the list of parties
 * named last before it in the sentence (its last member; the list is gathered from it), and for no one when the
 * party named last is in no list. */
function listBefore(parties: PlacedMention[], text: string, from: number, offset: number): ExtractedEntity | undefined {
  const last = parties.filter((p) => p.start >= from && p.end <= offset).at(-1);
  if (!last) return undefined;
  return withListed(last, parties, text, from, 'before').length >= 2 ? last.entity : undefined;
}

/** The person named last before an offset, in this paragraph or an earlier one. */
/** The last two different parties named before an offset that pass a test, most recent last; none unless two are. */
function lastTwoNamed(placed: PlacedMention[], paragraph: number, offset: number, accepts: (entity: ExtractedEntity) => boolean): ExtractedEntity[] {
  const before = placed.filter((p) => (p.paragraph < paragraph || (p.paragraph === paragraph && p.start < offset)) && accepts(p.entity))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const two: ExtractedEntity[] = [];
  for (let k = before.length - 1; k >= 0 && two.length < 2; k--) if (!two.includes(before[k]!.entity)) two.unshift(before[k]!.entity);
  return two.length === 2 ? two : [];
}

function lastPersonBefore(placed: PlacedMention[], paragraph: number, offset: number): ExtractedEntity | undefined {
  let best: PlacedMention | undefined;
  for (const p of placed) {
    if (p.entity.kind !== 'person' || p.paragraph > paragraph || (p.paragraph === paragraph && p.start >= offset)) continue;
    if (!best || p.paragraph > best.paragraph || (p.paragraph === best.paragraph && p.start > best.start)) best = p;
  }
  return best?.entity;
}

/** Who levels an accusation cue ("According to the Norvan Front, Velmor reneged on …", "X accused Y of blocking …"). */
export function accuserOf(cue: IssueCue, paragraph: number, text: string, placed: PlacedMention[], lexicon: Lexicon): ExtractedEntity | undefined {
  if (!cue.source) return undefined;
  const source: Span = cue.source;
  const w = wordsOf(lexicon);
  return subjectIn(w, source.start, source.end, text, partiesIn(w, placed, paragraph, text))?.entity;
}

function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

export function positionFor(cue: IssueCue, issue: string, party: ExtractedEntity, text: string, paragraph: number, stance = cue.stance!): ExtractedPosition {
  return { issue, party: party.name, stance, quote: quoteAround(text, cue.sentence, cue.start), paragraph };
}

/** "the initiative of X, of X's support for Y": a party that proposes a matter in a sentence is for it, so an
 * acceptance of the same matter in the same sentence says nothing more and is dropped. */
export function withoutImpliedAcceptance(positions: ExtractedPosition[]): ExtractedPosition[] {
  const key = (p: ExtractedPosition) => `${p.party}\u0000${p.issue}\u0000${p.paragraph}\u0000${p.quote}`;
  const proposed = new Set(positions.filter((p) => p.stance === 'proposes').map(key));
  return positions.filter((p) => p.stance !== 'accepts' || !proposed.has(key(p)));
}
