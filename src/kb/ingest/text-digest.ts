// The digest that decides whether two articles carry the same text: their paragraphs, normalised, not their headline.

import { createHash } from 'node:crypto';
import { normaliseParagraph } from '../text/normalise-text.ts';

/**
 * sha256 of the paragraphs in normal form, lower-cased, with curly quotes made straight and empty paragraphs
 * dropped: the same wire text saved by two outlets (or twice by one) has the same digest whatever its spacing.
 */
export function textDigest(paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const paragraph of paragraphs) {
    const normal = normaliseParagraph(paragraph).toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');
    if (normal !== '') hash.update(`${normal}\n`);
  }
  return hash.digest('hex');
}
