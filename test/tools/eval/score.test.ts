// The scorer follows shared/corpus/README.md: name normalisation, one-extra-word containment, ISO dates, issue keywords
// (and opposites), positions with the removal swap. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { isRemoval, normaliseName, scoreArticle, type FoundEntity, type FoundPosition, type Gold } from '../../../tools/eval/score.ts';

const gold: Gold = {
  parties: { required: [{ name: 'Nordic Union', aliases: ['NU'] }, { name: 'Karim Haddad' }], optional: ['Reuters'] },
  places: { required: [{ name: 'Velmor', aliases: ['Velmor Strip'] }], optional: [] },
  dates: { required: [{ iso: '2024-03-05', surface: 'Tuesday' }], optional: ['2024-03'] },
  issues: { required: [{ name: 'Lasting truce', keywords: ['lasting|permanent', 'truce|ceasefire'] }], optional: ['New conditions'] },
};

const party = (name: string, aliases: string[] = []): FoundEntity => ({ type: 'party', name, aliases });
const issue = (name: string, opposites?: string[]): FoundEntity => ({ type: 'issue', name, aliases: [], ...(opposites ? { opposites } : {}) });

/** Gold with positions on a presence and on a withdrawal, one of them optional. */
const withPositions: Gold = {
  parties: { required: [{ name: 'Nordic Union', aliases: ['NU'] }, { name: 'Ostrava Front' }], optional: ['Karim Haddad'] },
  places: { required: [], optional: [] },
  dates: { required: [], optional: [] },
  issues: {
    required: [
      { name: 'Nordic presence in Velmor', keywords: ['presence'] },
      { name: 'Nordic withdrawal from Ostrava', keywords: ['withdraw|pullout'] },
    ],
    optional: [{ name: 'Harbour tolls', keywords: ['toll'] }, 'New conditions'],
  },
  positions: [
    { party: 'Ostrava Front', issue: 'Nordic presence in Velmor', stance: 'rejects' },
    { party: 'Ostrava Front', issue: 'Nordic withdrawal from Ostrava', stance: 'demands', optional: false },
    { party: 'Nordic Union', issue: 'Harbour tolls', stance: 'proposes', optional: true },
    { party: 'Karim Haddad', issue: 'New conditions', stance: 'rejects', optional: true },
  ],
};

describe('scoreArticle', () => {
  it('normalises accents, case, possessives and leading articles', () => {
    expect(normaliseName('The Nordic Union’s')).toBe('nordic union');
    expect(normaliseName('al-Qadri')).toBe('qadri');
    expect(normaliseName('El Varo')).toBe('varo');
    expect(normaliseName('Zoë')).toBe('zoe');
  });

  it('matches by alias and by containment with one extra word only', () => {
    const s = scoreArticle([
      party('NU'),
      party('Karim Haddad movement'),
      party('Reuters'),
      party('Soldiers of Karim Haddad'),
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
      issue('Permanent ceasefire'),
    ], gold);
    expect(s.date).toMatchObject({ recall: 1, extra: ['2024-03-04'], requiredMatched: 1, found: 3, foundMatched: 2 });
    expect(s.issue).toMatchObject({ recall: 1, precision: 1, missed: [] });
  });

  it('matches an issue through its opposites only when its name and aliases do not hold the keywords', () => {
    const s = scoreArticle([issue('Nordic stay in Ostrava', ['Nordic pullout from Ostrava']), issue('Harbour fees', ['toll-free harbour'])], withPositions);
    expect(s.issue.missed).toEqual(['Nordic presence in Velmor']);
    expect(s.issue).toMatchObject({ requiredMatched: 1, foundMatched: 2, found: 2 });
    expect(scoreArticle([issue('Nordic stay in Ostrava')], withPositions).issue.requiredMatched).toBe(0);
  });

  it('reports what was missed and counts an empty type as perfect', () => {
    const s = scoreArticle([issue('Lasting peace')], gold);
    expect(s.issue.missed).toEqual(['Lasting truce']);
    expect(s.place).toMatchObject({ recall: 0, precision: 1, missed: ['Velmor'] });
  });
});

describe('scoreArticle: positions', () => {
  const front = party('Ostrava Front movement');
  const position = (by: FoundEntity, on: FoundEntity, stance: FoundPosition['stance']): FoundPosition => ({ party: by, issue: on, stance });

  it('matches party by the name rules, issue by keywords, and the same stance', () => {
    const s = scoreArticle([], withPositions, [
      position(front, issue('Nordic military presence'), 'rejects'),
      position(party('Front of Ostrava'), issue('Nordic presence'), 'rejects'),
      position(front, issue('Nordic presence'), 'demands'),
    ]);
    expect(s.position).toMatchObject({ requiredMatched: 1, required: 2, foundMatched: 1, found: 3 });
    expect(s.position.missed).toEqual(['Ostrava Front demands Nordic withdrawal from Ostrava']);
    expect(s.position.extra).toEqual(['Front of Ostrava rejects Nordic presence', 'Ostrava Front movement demands Nordic presence']);
  });

  it('swaps demands and rejects when exactly one of the two issue names is a removal', () => {
    expect(['withdrawal from Ostrava', 'Removal of the tolls', 'departure', 'the pullout', 'Lifting of sanctions', 'repeal', 'cancellation', 'Velmor exit', 'evacuation']
      .every(isRemoval)).toBe(true);
    expect(['Nordic presence in Velmor', 'Withdrawn guarantees', 'exits policy', 'Departures board'].some(isRemoval)).toBe(false);
    // "demands the pullout from Velmor" is "rejects the presence in Velmor"; the gold withdrawal and a found pullout agree as named.
    const s = scoreArticle([], withPositions, [
      position(front, issue('Nordic presence pullout'), 'demands'),
      position(front, issue('Nordic pullout from Ostrava'), 'demands'),
    ]);
    expect(s.position).toMatchObject({ requiredMatched: 2, foundMatched: 2, missed: [], extra: [] });
    const unswapped = scoreArticle([], withPositions, [position(front, issue('Nordic presence pullout'), 'rejects')]);
    expect(unswapped.position.requiredMatched).toBe(0);
  });

  it('swaps demands and rejects for an issue matched through its opposites', () => {
    // Rejecting the stay in Ostrava is demanding the withdrawal from it.
    const stay = issue('Nordic stay in Ostrava', ['withdrawal from Ostrava']);
    expect(scoreArticle([], withPositions, [position(front, stay, 'rejects')]).position.missed).toEqual(['Ostrava Front rejects Nordic presence in Velmor']);
    expect(scoreArticle([], withPositions, [position(front, stay, 'demands')]).position.requiredMatched).toBe(0);
  });

  it('never swaps accepts or proposes, and counts optional gold positions for precision only', () => {
    const s = scoreArticle([], withPositions, [
      position(party('NU'), issue('Harbour tolls'), 'proposes'),
      position(party('Karim Haddad'), issue('The new conditions'), 'rejects'),
      position(party('NU'), issue('Removal of harbour tolls'), 'proposes'),
      position(party('NU'), issue('Harbour tolls'), 'accepts'),
    ]);
    expect(s.position).toMatchObject({ requiredMatched: 0, required: 2, foundMatched: 3, found: 4 });
    expect(s.position.extra).toEqual(['NU accepts Harbour tolls']);
  });

  it('leaves positions unscored when the gold file does not annotate them', () => {
    const s = scoreArticle([], gold, [position(front, issue('Nordic presence'), 'rejects')]);
    expect(s.position).toMatchObject({ annotated: false, found: 0, required: 0 });
  });
});
