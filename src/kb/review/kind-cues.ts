// Whether the text shows the kind a new party or place was given: a title or role beside a person, a body's
// word in an organisation's name, a place word in a place's. Without any, the kind was a guess from the name's
// shape or from "in X" alone, and a reviewer should look.
import { wordSets, type Lexicon } from '../lexicon/lexicon.ts';
import type { EvidenceMention } from './evidence.ts';
import { lowerWords } from './name-signals.ts';

/** Does the lower-case `sentence` hold `phrase` as whole words? */
function holdsPhrase(sentence: string, phrase: string): boolean {
  const at = sentence.indexOf(phrase);
  if (at < 0) return false;
  const before = sentence[at - 1];
  const after = sentence[at + phrase.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

function sentenceHolds(mentions: EvidenceMention[], phrases: Iterable<string>): boolean {
  const sentences = mentions.map((mention) => ` ${lowerWords(mention.sentence).join(' ')} `);
  for (const phrase of phrases) if (sentences.some((sentence) => holdsPhrase(sentence, phrase))) return true;
  return false;
}

/** A party or place `kind` the name or its sentences give a reason for; true for kinds that need none. */
export function kindHasCue(type: string, kind: string | undefined, name: string, mentions: EvidenceMention[], lexicon: Lexicon): boolean {
  if (!kind || kind === 'other' || (type !== 'party' && type !== 'place')) return true;
  const w = wordSets(lexicon);
  const words = lowerWords(name);
  const last = words.at(-1) ?? '';
  if (kind === 'person') {
    if (/\b\p{Lu}\.\s/u.test(name)) return true; // initials: "Orla M. Brandt"
    return sentenceHolds(mentions, [...w.titles, ...w.roleNouns, ...w.honorifics]) ||
      mentions.some((mention) => new RegExp(`\\b(who|whose)\\b`).test(mention.sentence.slice(mention.sentence.indexOf(mention.surface))));
  }
  if (kind === 'organisation' || kind === 'media' || kind === 'group') {
    if (/^[\p{Lu}.&]{2,10}$/u.test(name)) return true; // an acronym names a body
    if (w.organisationSuffixes.has(last) || w.mediaSuffixes.has(last) || w.politicalGroups.has(last)) return true;
    if (words.some((word) => w.organisationHeads.has(word) || w.organisationSuffixes.has(word))) return true;
    return mentions.some((mention) => {
      const after = mention.sentence.slice(mention.sentence.indexOf(mention.surface) + mention.surface.length);
      const next = lowerWords(after)[0] ?? '';
      return /^\s*\(\p{Lu}{2,8}\)/u.test(after) || w.organisationNounsAfter.has(next);
    });
  }
  if (type === 'place') {
    if (w.placeSuffixes.has(last) || w.territorySuffixes.has(last)) return true;
    return mentions.some((mention) => {
      const after = mention.sentence.slice(mention.sentence.indexOf(mention.surface) + mention.surface.length);
      return w.placeNounsAfter.has(lowerWords(after)[0] ?? '');
    });
  }
  return true; // a state: only reference data makes one
}
