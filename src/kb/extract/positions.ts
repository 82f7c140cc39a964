// Positions: for each stance cue, the party taking it (last party before the cue, the passive agent, or a quoted "we").
import type { ExtractedEntity, ExtractedPosition } from '../types.ts';
import type { IssueCue } from './issues.ts';
import type { PlacedMention } from './resolve.ts';

/** The party a stance cue belongs to, or undefined when the sentence does not say. */
export function actorOf(cue: IssueCue, paragraph: number, text: string, placed: PlacedMention[], entities: ExtractedEntity[]): ExtractedEntity | undefined {
  // "the U.S.-designated group": a name glued to a hyphenated modifier is not an actor
  const parties = placed.filter((p) => p.paragraph === paragraph && p.entity.type === 'party' && text[p.end] !== '-');
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
  let best: PlacedMention | undefined;
  for (const p of parties) {
    if (p.start >= cue.actorsFrom && p.end <= cue.start && p.start >= cue.sentence.start) best = p;
  }
  if (!best) return undefined;
  // "X said the companies had refused …": the actor is in the reported clause, unless it is X again ("X said he …")
  const between = text.slice(best.end, cue.start);
  const speech = /\b(?:said|says|told|announced|stated|added|noted|warned)\b\s*(?:that\s+)?(\p{L}+)?/u.exec(between);
  if (speech && !/^(he|she|it|they|we|i)$/i.test(speech[1] ?? '')) return undefined;
  return best.entity;
}

function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

export function positionFor(cue: IssueCue, issue: string, party: ExtractedEntity, text: string, paragraph: number): ExtractedPosition {
  return { issue, party: party.name, stance: cue.stance!, quote: text.slice(cue.sentence.start, cue.sentence.end), paragraph };
}
