// Positions: for each stance cue, the party taking it (the subject of the cue verb, the passive agent, or a quoted "we"),
// and for an accusation the accuser's opposite stance.
import type { ExtractedEntity, ExtractedPosition } from '../types.ts';
import type { Span } from './discover.ts';
import type { IssueCue } from './issues.ts';
import type { PlacedMention } from './resolve.ts';
import { alternation, perLexicon, type Lexicon } from '../lexicon/lexicon.ts';

/** The lexicon as positions read it. */
interface PositionWords {
  /** Text that ends with a non-subject preposition. A party after one (with only other names, "the", "and" and commas
   * between) is in a prepositional phrase: "Mediators from the U.S., Norva and Tarsis", "talks mediated by X, Y and Z",
   * "with support from X" — not the subject. "of"/"for" are left out: "a spokesman for the Norvan Front", "the
   * government of Sudan" stand for the party. */
  nonSubject: RegExp;
  /** A reporting verb and the word after it (and an optional "that"): "said the companies". */
  reported: RegExp;
}

const wordsOf = perLexicon((lexicon): PositionWords => ({
  nonSubject: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.nonSubjectPrepositions)})\\s*$`, 'iu'),
  reported: new RegExp(`\\b(?:${alternation(lexicon.reportingVerbs)})\\b\\s*(?:that\\s+)?(\\p{L}+)?`, 'u'),
}));

function partiesIn(placed: PlacedMention[], paragraph: number, text: string): PlacedMention[] {
  // "the U.S.-designated group": a name glued to a hyphenated modifier is not an actor
  return placed.filter((p) => p.paragraph === paragraph && p.entity.type === 'party' && text[p.end] !== '-');
}

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

/** The party a stance cue belongs to, or undefined when the sentence does not say. */
export function actorOf(cue: IssueCue, paragraph: number, text: string, placed: PlacedMention[], entities: ExtractedEntity[], lexicon: Lexicon): ExtractedEntity | undefined {
  const w = wordsOf(lexicon);
  const parties = partiesIn(placed, paragraph, text);
  if (cue.agentFrom !== undefined) {
    return parties.find((p) => p.start >= cue.agentFrom! && p.end <= cue.sentence.end)?.entity;
  }
  if (cue.quotedWe) {
    // The speaker stands outside the quotation marks: prefer a person, then stand for the party they belong to.
    const outside = parties.filter((p) => !insideQuotes(text, p.start));
    const speaker = outside.find((p) => p.entity.kind === 'person') ?? outside[0];
    if (!speaker) return undefined;
    const org = speaker.entity.memberOf ? entities.find((e) => e.type === 'party' && e.name === speaker.entity.memberOf) : undefined;
    return org ?? speaker.entity;
  }
  const best = subjectIn(w, Math.max(cue.actorsFrom, cue.sentence.start), cue.start, text, parties);
  if (!best) return undefined;
  // "X said the companies had refused …": the actor is in the reported clause, unless it is X again ("X said he …")
  const between = text.slice(best.end, cue.start);
  const speech = w.reported.exec(between);
  if (speech && !/^(he|she|it|they|we|i)$/i.test(speech[1] ?? '')) return undefined;
  return best.entity;
}

/** Who levels an accusation cue ("According to the Norvan Front, Velmor reneged on …", "X accused Y of blocking …"). */
export function accuserOf(cue: IssueCue, paragraph: number, text: string, placed: PlacedMention[], lexicon: Lexicon): ExtractedEntity | undefined {
  if (!cue.source) return undefined;
  const source: Span = cue.source;
  return subjectIn(wordsOf(lexicon), source.start, source.end, text, partiesIn(placed, paragraph, text))?.entity;
}

function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

export function positionFor(cue: IssueCue, issue: string, party: ExtractedEntity, text: string, paragraph: number, stance = cue.stance!): ExtractedPosition {
  return { issue, party: party.name, stance, quote: text.slice(cue.sentence.start, cue.sentence.end), paragraph };
}
