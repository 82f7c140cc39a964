// The doubt measurement: a created page is right when it matches a gold item of an article naming it (required
// or optional, by the corpus's rules), wrong otherwise; each side counts the pages carrying a doubt.
import { describe, expect, it } from 'vitest';
import { matchesGold, scoreDoubts, type CreatedPage } from '../../../tools/eval/doubt-score.ts';
import type { Gold } from '../../../tools/eval/score.ts';

const gold: Gold = {
  parties: { required: [{ name: 'Kordo National Union of Teachers', aliases: ['KNUT'] }], optional: ['Example Wire'] },
  places: { required: [{ name: 'Velmora' }], optional: [] },
  dates: { required: [{ iso: '2025-03-14' }], optional: [] },
  issues: { required: [{ name: 'Pay rise', keywords: ['pay|wage'] }], optional: [] },
};
const goldOf = (article: string) => (article === 'a1' ? gold : undefined);

function created(type: string, name: string, doubts: string[], file = `content/x/${name.toLowerCase().replace(/\W+/g, '-')}.mdx`): CreatedPage {
  return { file, type, name, aliases: [], doubts, articles: ['a1'] };
}

describe('scoreDoubts', () => {
  it('matches pages to gold by name, alias, date and issue keywords; the optional count as right', () => {
    expect(matchesGold(created('party', 'KNUT', []), goldOf)).toBe(true);
    expect(matchesGold(created('party', 'Example Wire', []), goldOf)).toBe(true);
    expect(matchesGold(created('date', 'March 14, 2025', [], 'content/dates/2025-03-14.mdx'), goldOf)).toBe(true);
    expect(matchesGold(created('issue', 'Wage demands', []), goldOf)).toBe(true);
    expect(matchesGold(created('party', 'Crumbs', []), goldOf)).toBe(false);
    expect(matchesGold(created('date', 'March 15, 2025', [], 'content/dates/2025-03-15.mdx'), goldOf)).toBe(false);
  });

  it('counts the doubted pages on each side and names the misses', () => {
    const score = scoreDoubts([
      created('party', 'Crumbs', ['common-word']),
      created('party', '15 Percent', []),
      created('place', 'Velmora', []),
      created('party', 'KNUT', ['near-duplicate']),
      { ...created('party', 'Elsewhere', []), articles: ['not-annotated'] },
    ], goldOf);
    expect(score.wrong).toEqual({ pages: 2, doubted: 1, names: ['15 Percent (party)'] });
    expect(score.right).toEqual({ pages: 2, doubted: 1, names: ['KNUT (party: near-duplicate)'] });
  });
});
