// Issues and positions: stance cues, negation, passive voice, quoted "we", attribution, merged phrases.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { article, find } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();
const g = buildGazetteer([], [], lexicon);

describe('issues and positions', () => {
  it('takes the last party before a stance cue and the phrase it governs', () => {
    const ex = extractArticle(article(['According to Norway, Sweden objected to the release of jailed fishermen.']), g);
    const issue = ex.entities.find((e) => e.type === 'issue' && /release of jailed fishermen/i.test(e.name));
    expect(issue?.name).toMatch(/release of jailed fishermen/i);
    expect(ex.positions).toContainEqual(expect.objectContaining({ party: 'Sweden', stance: 'rejects', issue: issue!.name, paragraph: 1 }));
    expect(ex.positions.some((p) => p.party === 'Norway')).toBe(false);
  });

  it('reads the agent of a passive cue', () => {
    const ex = extractArticle(article(['The proposal for a customs union was rejected by Denmark on Monday.']), g);
    expect(ex.positions).toContainEqual(expect.objectContaining({ party: 'Denmark', stance: 'rejects' }));
  });

  it('turns a negated acceptance into a rejection and resolves a quoted "we" to the speaker’s organisation', () => {
    const ex = extractArticle(article(['Omar Faruqi, a representative for the Dockers Union, said on Tuesday, “We will not accept a wage freeze.”']), g);
    const wage = ex.entities.find((e) => e.type === 'issue' && /wage freeze/i.test(e.name));
    expect(wage?.name).toMatch(/wage freeze/i);
    expect(ex.positions).toEqual([
      { issue: wage!.name, party: 'Dockers Union', stance: 'rejects', quote: 'Omar Faruqi, a representative for the Dockers Union, said on Tuesday, “We will not accept a wage freeze.”', paragraph: 1 },
    ]);
  });

  it('merges phrases that name the same matter and splits coordinated demands', () => {
    const ex = extractArticle(article([
      'Sweden demanded that any deal include a lasting truce and a Danish withdrawal from Kolvik.',
      'Denmark refused to end its presence in Kolvik.',
    ]), g);
    const truce = ex.entities.find((e) => e.type === 'issue' && /truce/i.test(e.name));
    const withdrawal = ex.entities.filter((e) => e.type === 'issue' && /Kolvik/.test([e.name, ...e.aliases].join(' ')));
    expect(truce?.name).toMatch(/truce/i);
    expect(withdrawal).toHaveLength(1);
    expect(withdrawal[0]!.mentions.map((m) => m.paragraph)).toEqual([1, 2]);
    expect(ex.positions).toContainEqual(expect.objectContaining({ party: 'Sweden', stance: 'demands', issue: truce!.name }));
    expect(find(ex, 'party', 'Sweden')?.name).toBe('Sweden');
  });
});
