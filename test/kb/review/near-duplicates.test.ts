// The near-duplicate index on a large collection: each page meets few candidates, however many pages share
// a common word, and the pairs each likeness needs are still among them.
import { describe, expect, it } from 'vitest';
import { duplicateIndex, duplicateOf, type NamedPage } from '../../../src/kb/review/near-duplicates.ts';

const page = (name: string, extra: Partial<NamedPage> = {}): NamedPage => ({
  key: `party/${name.toLowerCase().replace(/\W+/g, '-')}`,
  file: `content/parties/${name}.mdx`,
  type: 'party',
  name,
  aliases: [],
  isNew: true,
  mentions: 1,
  ...extra,
});

/** Invented words from syllables: distinct, pronounceable, none a real name. */
function invented(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'vas', 'pel', 'dro', 'sin', 'gor', 'bax', 'nel', 'ost', 'qua', 'fen', 'hil', 'jor', 'zet', 'um', 'wic', 'yar', 'eb', 'ith', 'cor', 'dum', 'sk', 'pha', 'tre', 'gli', 'bon'];
  let word = '';
  for (let i = 0; i < 3; i++, n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

describe('duplicateIndex at scale', () => {
  const many = Array.from({ length: 3000 }, (_, i) => page(`${invented(i)} Holdings`));
  const pairs = [
    page('Marrowfield Holdings'),
    page('Marrowfeld Holdings'), // spelling
    page('Marrowfield'), // its words within the other's
    page('Tessaly Ports Authority'),
    page('TPA'), // acronym
    page('Ilse Varrow', { kind: 'person' }),
    page('Ingrid Varrow', { kind: 'person' }), // surname
  ];
  const index = duplicateIndex([...many, ...pairs]);

  it('gives a page a tenth of the pages at most, not every page sharing "Holdings"', () => {
    for (const p of [many[0]!, many[1500]!, pairs[0]!]) expect(index.candidates(p).size).toBeLessThan(many.length / 10);
  });

  it('still finds each kind of likeness', () => {
    // Of two alike pages, the lesser names the other (see duplicateOf): either may be it.
    const byName = (name: string) => pairs.find((p) => p.name === name)!;
    const found = (a: string, b: string) => duplicateOf(byName(a), index)?.how ?? duplicateOf(byName(b), index)?.how;
    expect(found('Marrowfeld Holdings', 'Marrowfield Holdings')).toBe('spelling');
    expect(found('Marrowfield', 'Marrowfield Holdings')).toBe('shared-words');
    expect(found('TPA', 'Tessaly Ports Authority')).toBe('acronym');
    expect(found('Ingrid Varrow', 'Ilse Varrow')).toBe('surname');
  });
});
