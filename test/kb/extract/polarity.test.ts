// Polarity: a matter and its removal ("presence in X" / "withdrawal from X") are one issue, with demands and rejects swapped.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { issueFamily, mergeIssues } from '../../../src/kb/extract/issue-merge.ts';
import { flipStance, isReversal, reverses } from '../../../src/kb/extract/polarity.ts';
import { article, find } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

const page = (key: string, name: string, aliases: string[] = []) => ({ key, name, aliases }) as never;
const front = page('party/norvan-front', 'Norvan Front');
const velmor = page('party/velmor', 'Velmor');

describe('polarity', () => {
  it('tells a removal from the matter it removes', () => {
    expect(isReversal('withdrawal of Velmor troops from the Tarsis Strip', lexicon)).toBe(true);
    expect(isReversal('lifting of tariffs', lexicon)).toBe(true);
    expect(isReversal('promise to pull out soldiers from Tarsis', lexicon)).toBe(true);
    expect(isReversal('Velmor presence in the Tarsis Strip', lexicon)).toBe(false);
    expect(isReversal('tariffs', lexicon)).toBe(false);
    expect(reverses('lifting of tariffs', 'Tariffs on Kolvik steel', lexicon)).toBe(true);
    expect(reverses('withdrawal from Tarsis', 'Velmor departure from Tarsis', lexicon)).toBe(false);
  });

  it('on the reverse, wanting the removal in any way rejects the matter; rejecting the removal demands it', () => {
    const flipped = (['demands', 'rejects', 'accepts', 'proposes'] as const).map(flipStance);
    expect(flipped).toEqual(['rejects', 'demands', 'rejects', 'rejects']);
  });

  it('puts a lifting in the family of what it lifts, as an opposite', () => {
    expect(issueFamily('lifting of tariffs', lexicon)).toBe(issueFamily('tariffs', lexicon));
    const merged = mergeIssues([{ text: 'tariffs on steel', head: false }, { text: 'lifting of tariffs on steel', head: true }], [], lexicon);
    const issue = merged.get('tariffs on steel')!;
    expect(merged.get('lifting of tariffs on steel')).toBe(issue);
    expect(issue.aliases).toHaveLength(0);
    expect(issue.opposites).toHaveLength(1);
  });

  it('a demand to withdraw, joined to a page named for the presence, rejects the presence', () => {
    const g = buildGazetteer([front, velmor, page('issue/velmor-presence-in-the-tarsis-strip', 'Velmor presence in the Tarsis Strip')], [], lexicon);
    const ex = extractArticle(article(['The Norvan Front demanded the withdrawal of Velmor troops from the Tarsis Strip.']), g);
    const issue = find(ex, 'issue', 'Velmor presence in the Tarsis Strip')!;
    expect(issue.opposites).toEqual(['withdrawal of Velmor troops from the Tarsis Strip']);
    expect(issue.aliases).not.toContain('withdrawal of Velmor troops from the Tarsis Strip');
    expect(ex.positions.map((p) => [p.party, p.stance, p.issue])).toEqual([['Norvan Front', 'rejects', 'Velmor presence in the Tarsis Strip']]);
  });

  it('a rejection of the presence, joined to a page named for the withdrawal, demands the withdrawal', () => {
    const g = buildGazetteer([front, velmor, page('issue/velmor-withdrawal-from-the-tarsis-strip', 'Velmor withdrawal from the Tarsis Strip')], [], lexicon);
    const ex = extractArticle(article(['The Norvan Front rejected any Velmor presence in the Tarsis Strip.']), g);
    expect(ex.positions.map((p) => [p.party, p.stance, p.issue])).toEqual([['Norvan Front', 'demands', 'Velmor withdrawal from the Tarsis Strip']]);
  });

  it('a page alias that reverses the page name flips the stance found through it, accusations included', () => {
    const g = buildGazetteer([front, velmor, page('issue/velmor-presence-in-the-tarsis-corridor', 'Velmor presence in the Tarsis Corridor', ['promise to remove soldiers from the Tarsis corridor'])], [], lexicon);
    const ex = extractArticle(article(['The Norvan Front accused Velmor of reneging on its promise to remove soldiers from the Tarsis corridor.']), g);
    const stances = ex.positions.map((p) => [p.party, p.stance, p.issue]);
    expect(stances).toContainEqual(['Norvan Front', 'rejects', 'Velmor presence in the Tarsis Corridor']);
    expect(stances).not.toContainEqual(['Norvan Front', 'demands', 'Velmor presence in the Tarsis Corridor']);
  });
});
