// The one-pass name matcher behind prose linking: whole words, the longest name at a position, left to
// right, and as many names as pages without a pattern per name.
import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../../src/kb/markdown/name-matcher.ts';
import type { EntityKey } from '../../../src/kb/types.ts';

function found(matcher: NameMatcher, text: string): string[] {
  return [...matcher.matches(text)].map((m) => `${text.slice(m.start, m.end)}=${m.key}`);
}

describe('NameMatcher', () => {
  const matcher = new NameMatcher([
    { surface: 'Gaza', key: 'place/gaza' },
    { surface: 'Gaza Strip', key: 'place/gaza-strip' },
    { surface: 'Osama Hamdan', key: 'party/osama-hamdan' },
    { surface: 'U.S.', key: 'party/united-states' },
    { surface: 'Hamas', key: 'party/hamas' },
  ]);

  it('prefers the longest name at a position and finds names left to right', () => {
    expect(found(matcher, 'In the Gaza Strip and Gaza, Osama Hamdan spoke.')).toEqual([
      'Gaza Strip=place/gaza-strip',
      'Gaza=place/gaza',
      'Osama Hamdan=party/osama-hamdan',
    ]);
  });

  it('matches whole words only, with case, and names with punctuation', () => {
    expect(found(matcher, 'Hamasi gaza Hamas-led U.S.-brokered')).toEqual(['Hamas=party/hamas', 'U.S.=party/united-states']);
  });

  it('lets white space vary between words but not punctuation', () => {
    expect(found(matcher, 'Osama\n  Hamdan, Osama-Hamdan, Osama. Hamdan')).toEqual(['Osama\n  Hamdan=party/osama-hamdan']);
  });

  it('falls back to a shorter name when a longer one breaks off', () => {
    expect(found(matcher, 'Gaza Stripe')).toEqual(['Gaza=place/gaza']);
  });

  it('handles thousands of names in one trie', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ surface: `Name${i} Person`, key: `party/p${i}` as EntityKey }));
    const big = new NameMatcher(many);
    expect(big.size).toBe(5000);
    expect(found(big, 'Name4999 Person met Name12 Person and Name7.')).toEqual(['Name4999 Person=party/p4999', 'Name12 Person=party/p12']);
  });
});
