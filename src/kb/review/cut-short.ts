// Whether a name was cut from a longer phrase: in every sentence naming it, the word right after it is a common
// noun in lower case that carries the phrase on ("their impact on U.S. workers" gave "Impact on U.S."), so the
// name is the head of something else, not a name of its own.
import { analyseText } from '../extract/nlp.ts';
import type { EvidenceMention } from './evidence.ts';

function continues(mention: EvidenceMention): boolean {
  if (mention.offset < 0) return false;
  const end = mention.offset + mention.surface.length;
  if (mention.sentence.slice(mention.offset, end) !== mention.surface) return false;
  const next = analyseText(mention.sentence).tokens.find((token) => token.start >= end);
  return next !== undefined && next.start <= end + 1 && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text);
}

export function cutShort(mentions: EvidenceMention[]): boolean {
  const body = mentions.filter((mention) => mention.paragraph > 0);
  return body.length > 0 && body.every(continues);
}
