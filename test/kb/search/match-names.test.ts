// Entity suggestions: folded words, bounded edit distance and prefixes find names through typos and other
// transliterations, without aliases for the misspellings, and do not match what is merely similar.
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/kb/text/edit-distance.ts';
import { foldWords } from '../../../src/kb/search/fold-name.ts';
import { nameMatcher, type NamesIndex } from '../../../src/kb/search/match-names.ts';

const index: NamesIndex = {
  entities: [
    ['party', 'Izzat El-Reshiq', 'izzat-el-reshiq'],
    ['party', 'Osama Hamdan', 'osama-hamdan'],
    ['party', 'Hamas', 'hamas'],
    ['party', 'Qatar', 'qatar'],
    ['party', 'Israel', 'israel', 'Israeli government'],
    ['party', 'Al-Aqsa TV', 'al-aqsa-tv'],
    ['place', 'Netzarim Corridor', 'netzarim-corridor'],
    ['place', 'Philadelphi Corridor', 'philadelphi-corridor', 'Salah al-Din Corridor'],
    ['place', 'Cairo', 'cairo'],
    ['date', 'August 25, 2024', '2024-08-25'],
    ['date', 'August 24, 2024', '2024-08-24'],
    ['issue', 'Palestinian prisoners', 'palestinian-prisoners'],
  ],
};
const suggest = nameMatcher(index);
const top = (query: string) => suggest(query)[0]?.name;

describe('folding', () => {
  it('drops diacritics, case, particles and doubled letters and merges spellings of one sound', () => {
    expect(foldWords('Izzat El-Reshiq')).toEqual(['izat', 'reshik']);
    expect(foldWords('al-Rishq')).toEqual(['rishk']);
    expect(foldWords('Quatar')).toEqual(foldWords('Qatar'));
    expect(foldWords('Hamdaan')).toEqual(foldWords('Hamdan'));
    expect(foldWords('Ṣalāḥ ad-Dīn')).toEqual(['salah', 'ad', 'din']);
  });
});

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps as one edit each', () => {
    expect(editDistance('netzarin', 'netzarim', 2)).toBe(1);
    expect(editDistance('hamads', 'hamdas', 2)).toBe(1);
    expect(editDistance('cairo', 'cario', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  it('stops at the bound', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('suggestions', () => {
  it.each([
    ['Reshik', 'Izzat El-Reshiq'],
    ['Netzarin', 'Netzarim Corridor'],
    ['Quatar', 'Qatar'],
    ['Hamdaan', 'Osama Hamdan'],
    ['hamdan', 'Osama Hamdan'],
    ['Philadelfi', 'Philadelphi Corridor'],
    ['Kairo', 'Cairo'],
    ['Salah al Din', 'Philadelphi Corridor'],
    ['Aqsa', 'Al-Aqsa TV'],
    ['palestinian pris', 'Palestinian prisoners'],
  ])('"%s" suggests %s first', (query, name) => {
    expect(top(query)).toBe(name);
  });

  it('completes the last word as a prefix, the exact name first', () => {
    expect(suggest('Ham').map((s) => s.name)).toEqual(['Hamas', 'Osama Hamdan']);
    expect(top('Hamas')).toBe('Hamas');
  });

  it('says which alias matched', () => {
    expect(suggest('Israeli government')[0]).toMatchObject({ name: 'Israel', alias: 'Israeli government' });
  });

  it('never bends numbers', () => {
    expect(suggest('August 25').map((s) => s.name)).toEqual(['August 25, 2024']);
  });

  it('does not match what is merely similar or too short to bend', () => {
    expect(suggest('Gaza')).toEqual([]);
    expect(suggest('xy')).toEqual([]);
    expect(suggest('')).toEqual([]);
  });
});
