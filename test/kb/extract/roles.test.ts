// Roles and outlets from how news English introduces a name, on invented sentences.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { roleIn, summaryOfRole } from '../../../src/kb/extract/roles.ts';
import { article, find } from './helpers.ts';

const lexicon = loadLexicon();
const g = buildGazetteer([], [], lexicon);
const titles = new Set(lexicon.titles);

describe('roles', () => {
  it('reads an apposition after the name', () => {
    expect(roleIn('Ana Torres, a spokeswoman for the Velmor Front, said on Monday that talks would go on.', 'Ana Torres', titles))
      .toBe('a spokeswoman for the Velmor Front');
    // a list is no apposition
    expect(roleIn('Norva, Tarsis and Velmor met on Monday.', 'Norva', titles)).toBeUndefined();
  });

  it('reads a title before the name with the words that qualify it', () => {
    expect(roleIn('Velmori Foreign Minister Ana Torres arrived on Monday.', 'Ana Torres', titles)).toBe('Velmori Foreign Minister');
    expect(roleIn('According to senior official Ana Torres, the delegation left.', 'Ana Torres', titles)).toBe('senior official');
    expect(roleIn('Ana Torres arrived on Monday.', 'Ana Torres', titles)).toBeUndefined();
  });

  it('makes a summary of a role', () => {
    expect(summaryOfRole('a representative for the Velmor Front')).toBe('Representative for the Velmor Front');
  });

  it('gives the extracted party its role', () => {
    const ex = extractArticle(article(['Ana Torres, a representative for the Velmor Front, said the talks had failed.']), g);
    expect(find(ex, 'party', 'Ana Torres')?.role).toBe('a representative for the Velmor Front');
  });
});

describe('outlets', () => {
  it('a party that is told things or reports them is media; one that speaks is not', () => {
    const ex = extractArticle(article([
      'The Velmor Front told Tarsis Daily that the talks had failed.',
      'Norva Broadcasting reported that the delegation left Kolvik.',
      'The Velmor Front said it would return.',
    ]), g);
    expect(find(ex, 'party', 'Tarsis Daily')?.kind).toBe('media');
    expect(find(ex, 'party', 'Norva Broadcasting')?.kind).toBe('media');
    expect(find(ex, 'party', 'Velmor Front')?.kind).not.toBe('media');
  });
});

describe('names made of function words', () => {
  it('"Vice Premier He" makes no party named "He", even when a page already names "He Lifeng"', () => {
    const withPage = buildGazetteer([{ key: 'party/he-lifeng', name: 'He Lifeng', aliases: ['Lifeng'], kind: 'person' }], [], lexicon);
    const ex = extractArticle(article(['Secretary Ana Torres met Vice Premier He Lifeng in Kolvik.', 'Secretary Torres and Vice Premier He discussed tariffs.']), withPage);
    expect(ex.entities.filter((e) => e.type === 'party').map((e) => e.name)).not.toContain('He');
  });
});
