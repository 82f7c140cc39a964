// The scorer follows shared/corpus/README.md: name normalisation, one-extra-word containment, ISO dates, issue keywords.
import { describe, expect, it } from 'vitest';
import { normaliseName, scoreArticle, type Gold } from '../../../tools/eval/score.ts';

const gold: Gold = {
  parties: { required: [{ name: 'Nordic Union', aliases: ['NU'] }, { name: 'Karim Haddad' }], optional: ['Reuters'] },
  places: { required: [{ name: 'Velmor', aliases: ['Velmor Strip'] }], optional: [] },
  dates: { required: [{ iso: '2024-03-05', surface: 'Tuesday' }], optional: ['2024-03'] },
  issues: { required: [{ name: 'Lasting truce', keywords: ['lasting|permanent', 'truce|ceasefire'] }], optional: ['New conditions'] },
};

describe('scoreArticle', () => {
  it('normalises accents, case, possessives and leading articles', () => {
    expect(normaliseName('The Nordic Union’s')).toBe('nordic union');
    expect(normaliseName('al-Qadri')).toBe('qadri');
    expect(normaliseName('Zoë')).toBe('zoe');
  });

  it('matches by alias and by containment with one extra word only', () => {
    const s = scoreArticle([
      { type: 'party', name: 'NU', aliases: [] },
      { type: 'party', name: 'Karim Haddad movement', aliases: [] },
      { type: 'party', name: 'Reuters', aliases: [] },
      { type: 'party', name: 'Soldiers of Karim Haddad', aliases: [] },
    ], gold);
    expect(s.party.recall).toBe(1);
    expect(s.party.extra).toEqual(['Soldiers of Karim Haddad']);
    expect(s.party.precision).toBe(0.75);
  });

  it('scores dates by ISO value and issues by keywords in name or aliases', () => {
    const s = scoreArticle([
      { type: 'date', name: 'March 5, 2024', aliases: [], date: '2024-03-05' },
      { type: 'date', name: 'March 2024', aliases: [], date: '2024-03' },
      { type: 'date', name: 'March 4, 2024', aliases: [], date: '2024-03-04' },
      { type: 'issue', name: 'Permanent ceasefire', aliases: [] },
    ], gold);
    expect(s.date).toMatchObject({ recall: 1, extra: ['2024-03-04'], requiredMatched: 1, found: 3, foundMatched: 2 });
    expect(s.issue).toMatchObject({ recall: 1, precision: 1, missed: [] });
  });

  it('reports what was missed and counts an empty type as perfect', () => {
    const s = scoreArticle([{ type: 'issue', name: 'Lasting peace', aliases: [] }], gold);
    expect(s.issue.missed).toEqual(['Lasting truce']);
    expect(s.place).toMatchObject({ recall: 0, precision: 1, missed: ['Velmor'] });
  });
});
