// Gazetteer matching: reference countries, possessives, dotted forms, case, pages added later, homonyms, the ignore list.
import { describe, expect, it } from 'vitest';
import { analyseArticle, buildGazetteer, extractArticle, extractFromAnalysis } from '../../../src/kb/extract/index.ts';
import { article, find, names } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

describe('gazetteer', () => {
  const empty = buildGazetteer([], [], lexicon);

  it('links countries, dotted forms and possessives, with offsets into the original paragraph', () => {
    const text = 'Norway’s envoy met U.S. officials in Oslo on Friday.';
    const ex = extractArticle(article([text]), empty);
    const norway = find(ex, 'party', 'Norway');
    expect(norway?.kind).toBe('state');
    expect(norway?.mentions[0]).toMatchObject({ paragraph: 1, start: 0, end: 8, surface: 'Norway’s', sentence: text });
    expect(norway?.aliases).toEqual([]);
    expect(find(ex, 'party', 'United States')?.aliases).toEqual(['U.S.']);
    expect(find(ex, 'place', 'Oslo')).toMatchObject({ kind: 'city', within: 'Norway' });
  });

  it('is case-sensitive and respects word boundaries', () => {
    const ex = extractArticle(article(['The carriers told us that the USMXA board would meet.']), empty);
    expect(names(ex, 'party')).not.toContain('United States');
  });

  it('makes a country used as a location a place, and an actor a party', () => {
    const ex = extractArticle(article(['The envoy will travel to Norway. Sweden rejected the plan for new tariffs.']), empty);
    expect(find(ex, 'place', 'Norway')?.kind).toBe('country');
    expect(find(ex, 'party', 'Sweden')?.kind).toBe('state');
  });

  it('links a demonym to its country only when the country is named or has a page', () => {
    const named = extractArticle(article(['Norwegian soldiers stayed near the border.', 'Norway said nothing.']), empty);
    expect(find(named, 'party', 'Norway')?.aliases).toContain('Norwegian');
    const unnamed = extractArticle(article(['The group asked for the release of Palestinian prisoners.']), empty);
    expect(names(unnamed, 'party')).not.toContain('Palestine');
    const paged = extractArticle(article(['Norwegian soldiers stayed near the border.']), buildGazetteer([{ key: 'party/norway', name: 'Norway', aliases: [] }], [], lexicon));
    expect(find(paged, 'party', 'Norway')?.key).toBe('party/norway');
  });

  it('takes an alias added to a page later without analysing the article again', () => {
    const a = article(['Talks stalled, said Yusuf al-Qadri, who spoke for the delegation.']);
    const analysis = analyseArticle(a, lexicon);
    const before = extractFromAnalysis(a, analysis, buildGazetteer([{ key: 'party/yousef-el-kadri', name: 'Yousef El-Kadri', aliases: [], kind: 'person' }], [], lexicon));
    expect(find(before, 'party', 'Yousef El-Kadri')).toBeUndefined();
    const after = extractFromAnalysis(a, analysis, buildGazetteer([{ key: 'party/yousef-el-kadri', name: 'Yousef El-Kadri', aliases: ['Yusuf al-Qadri'], kind: 'person' }], [], lexicon));
    expect(find(after, 'party', 'Yousef El-Kadri')?.key).toBe('party/yousef-el-kadri');
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('leaves a homonym unlinked unless the article names one of its owners in full', () => {
    const pages = [
      { key: 'party/karim-haddad' as const, name: 'Karim Haddad', aliases: [], kind: 'person' },
      { key: 'party/samir-haddad' as const, name: 'Samir Haddad', aliases: [], kind: 'person' },
    ];
    const g = buildGazetteer(pages, [], lexicon);
    const open = extractArticle(article(['Haddad refused to comment on the plan.']), g);
    expect(open.ambiguous).toEqual([{ surface: 'Haddad', candidates: ['party/karim-haddad', 'party/samir-haddad'], paragraph: 1 }]);
    expect(names(open, 'party')).toEqual([]);
    const decided = extractArticle(article(['Samir Haddad arrived late.', 'Haddad refused to comment on the plan.']), g);
    expect(decided.ambiguous).toEqual([]);
    expect(find(decided, 'party', 'Samir Haddad')?.mentions).toHaveLength(2);
  });

  it('never produces an ignored name', () => {
    const ex = extractArticle(article(['Norway and Sweden signed the accord.']), buildGazetteer([], ['norway'], lexicon));
    expect(names(ex, 'party')).toEqual(['Sweden']);
  });
});

describe('analysis reuse', () => {
  it('re-reads a changed headline instead of trusting an analysis made for another one', () => {
    const first = article(['Talks went on.'], '2024-03-10', 'Norway hosts talks');
    const analysis = analyseArticle(first, lexicon);
    const ex = extractFromAnalysis({ ...first, title: 'Talks in Sweden' }, analysis, buildGazetteer([], [], lexicon));
    expect(names(ex, 'party')).toEqual([]);
    expect(find(ex, 'place', 'Sweden')?.mentions[0]).toMatchObject({ paragraph: 0, start: 9, end: 15 });
  });
});
