// News forms of names that discovery must read whole: an age after a name. All names are invented.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { article, find, names } from './helpers.ts';

const g = buildGazetteer([], [], loadLexicon());
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), g);
const parties = (...paragraphs: string[]): string[] => names(run(...paragraphs), 'party');

describe('an age after a name', () => {
  it('reads "X, 54, a fisherman …, said" as the person X', () => {
    const ex = run('Kenji Morrow, 54, a fisherman from Selmar, said prices had collapsed.');
    expect(find(ex, 'party', 'Kenji Morrow')?.kind).toBe('person');
  });
  it('reads an age alone, or in brackets, before the verb', () => {
    const ex = run('Ilse Varga, 61, said the harbour was empty.', 'Tomas Orbeld (47) was arrested on Friday.');
    expect(find(ex, 'party', 'Ilse Varga')?.kind).toBe('person');
    expect(find(ex, 'party', 'Tomas Orbeld')?.kind).toBe('person');
  });
  it('keeps the role of the apposition after the age', () => {
    const ex = run('Kenji Morrow, 54, a fisherman from Selmar, said prices had collapsed.');
    expect(find(ex, 'party', 'Kenji Morrow')?.role).toBe('a fisherman from Selmar');
  });
});
