// Rules added so extraction generalises beyond the tuning texts: reference cities, role titles, organisation names with
// complements and acronyms, future-leaning dates, issue phrase boundaries, the ignore list's normalisation.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/kb/extract/dates.ts';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import type { ArticleExtraction } from '../../../src/kb/types.ts';
import { article, find, names } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();
const g = buildGazetteer([], [], lexicon);
const issueNames = (ex: ArticleExtraction): string[] => ex.entities.filter((e) => e.type === 'issue').flatMap((e) => [e.name, ...e.aliases]);

describe('reference cities and regions', () => {
  it('knows major cities that are not capitals, with their country and coordinates', () => {
    const ex = extractArticle(article(['Dockers walked out in Marseille and ships were sent on to Valencia and Genoa.']), g);
    expect(find(ex, 'place', 'Marseille')).toMatchObject({ within: 'France' });
    expect(find(ex, 'place', 'Marseille')?.coordinates).toHaveLength(2);
    expect(names(ex, 'place')).toEqual(expect.arrayContaining(['Genoa', 'Valencia']));
  });
  it('reads a city name as the person it is the surname of, and not inside a longer name', () => {
    const ex = extractArticle(article(['Senator Dana Lincoln opposed the bill.', 'Lincoln said the vote would fail.']), g);
    expect(names(ex, 'place')).not.toContain('Lincoln');
    expect(find(ex, 'party', 'Dana Lincoln')?.kind).toBe('person');
  });
  it('does not take an ordinary word at a sentence start for a city', () => {
    const ex = extractArticle(article(['Reading the statement aloud, the envoy paused.']), g);
    expect(names(ex, 'place')).not.toContain('Reading');
  });
  it('knows first-level regions of major cities', () => {
    const ex = extractArticle(article(['Fighting spread across Ohio and into Ontario overnight.']), g);
    expect(names(ex, 'place')).toEqual(expect.arrayContaining(['Ohio', 'Ontario']));
  });
});

describe('titles and organisations', () => {
  it('strips role titles: mediator, chief negotiator, trade commissioner, majority leader', () => {
    const ex = extractArticle(article([
      'Mediator Anneke Vos met the delegations.', 'EU trade commissioner Pieter Lund said progress was slow.',
      'Senate Majority Leader Rosa Kemp rejected the bill.', 'The group said its chief negotiator Omar Tahir was in Lyon.',
    ]), g);
    for (const n of ['Anneke Vos', 'Pieter Lund', 'Rosa Kemp', 'Omar Tahir']) expect(find(ex, 'party', n)?.kind).toBe('person');
    expect(names(ex, 'party').join('|')).not.toMatch(/Mediator|Majority|commissioner/);
  });
  it('drops an ordinary word for a body standing before a role', () => {
    const ex = extractArticle(article(['Union leader Karel Smet said the strike would go on.', 'Government negotiator Ada Reyes disagreed.']), g);
    expect(names(ex, 'party')).not.toContain('Union');
    expect(names(ex, 'party')).not.toContain('Government');
  });
  it('keeps a title complement out of the names: Minister of State for Foreign Affairs', () => {
    const ex = extractArticle(article(["Oman's Minister of State for Foreign Affairs, Salim Harthy, hosted the talks."]), g);
    expect(find(ex, 'party', 'Salim Harthy')?.kind).toBe('person');
    expect(names(ex, 'party')).not.toContain('Foreign Affairs');
    expect(names(ex, 'party')).not.toContain('State');
  });
  it('reads organisation names with a plural possessive, complements and a bracketed acronym, and records the acronym', () => {
    const ex = extractArticle(article([
      "The Danish Dock Workers' Federation (DDWF) met the Ministry of Labour on Friday.",
      'The Office of Fisheries and Oceans (OFO) and the Council of the Baltic Sea said the DDWF was right.',
    ]), g);
    expect(find(ex, 'party', "Danish Dock Workers' Federation")).toMatchObject({ kind: 'organisation' });
    expect(find(ex, 'party', "Danish Dock Workers' Federation")?.aliases).toContain('DDWF');
    expect(find(ex, 'party', 'Ministry of Labour')?.kind).toBe('organisation');
    expect(find(ex, 'party', 'Office of Fisheries and Oceans')?.aliases).toContain('OFO');
    expect(find(ex, 'party', 'Council of the Baltic Sea')?.name).toBe('Council of the Baltic Sea');
    expect(names(ex, 'party')).not.toContain('Union');
  });
  it('types political groups named by a plural noun', () => {
    const ex = extractArticle(article(['Conservatives demanded a vote on the budget.']), g);
    expect(find(ex, 'party', 'Conservatives')?.name).toBe('Conservatives');
  });
  it('makes "the X region" a place', () => {
    const ex = extractArticle(article(['Clashes displaced thousands in the Zelanga region last year.']), g);
    expect(find(ex, 'place', 'Zelanga')?.name).toBe('Zelanga');
  });
});

describe('future-leaning dates (published Friday 2025-03-14)', () => {
  const iso = (text: string): string[] => findDates(text, '2025-03-14', lexicon).map((d) => d.iso);
  it('a present-tense deadline is ahead', () => expect(iso('The current agreement expires on Tuesday.')).toEqual(['2025-03-18']));
  it('an appeal to act is ahead', () => expect(iso('The minister urged both unions to resume talks on Monday.')).toEqual(['2025-03-17']));
  it('"would" before the date is ahead', () => expect(iso('She said she would travel to Oslo on Wednesday.')).toEqual(['2025-03-19']));
  it('"would" after the date is not', () => expect(iso('The union said on Wednesday it would strike.')).toEqual(['2025-03-12']));
  it('a past participle between cue and date keeps the past', () => expect(iso('This would be done for the crew seized October 2.')).toEqual(['2024-10-02']));
  it('"the night on Monday" is Monday', () => expect(iso('They talked through the night on Monday.')).toEqual(['2025-03-10']));
  it('"the weekend" is vague: a month', () => expect(iso('He would meet them over the weekend.')).toEqual(['2025-03']));
});

describe('issue phrase boundaries', () => {
  it('keeps hyphenated words whole and drops verb-initial fragments', () => {
    const ex = extractArticle(article(['The dockers rejected a one-off payment, and the union wants the shift length cut to six hours.']), g);
    expect(issueNames(ex).join('|')).toMatch(/one-off payment/i);
    expect(issueNames(ex).join('|')).not.toMatch(/^cut to/i);
  });
  it('drops an appeal to the parties and stops at a weekday', () => {
    const ex = extractArticle(article(['The mayor urged both sides to resume talks on Monday.', 'The council rejected the plan for tolls on Friday.']), g);
    expect(issueNames(ex).join('|')).not.toMatch(/both sides|Friday/i);
  });
  it('finds matters the talks focus on, and lower-case head words with their modifiers', () => {
    const ex = extractArticle(article(['The talks will focus on the demobilisation of fighters and a timetable for elections.', 'Island states said climate finance was too low.']), g);
    const all = issueNames(ex).join('|').toLowerCase();
    expect(all).toMatch(/demobilisation of fighters/);
    expect(all).toMatch(/timetable for elections/);
    expect(all).toMatch(/climate finance/);
  });
});

describe('ignore list', () => {
  it('matches ignored names in normaliseName form (accents, case, possessive, leading "the")', () => {
    const ig = buildGazetteer([], ['the Zelanga Movement', 'Rene Aubry'], lexicon);
    const ex = extractArticle(article(['The Zelanga Movement said René Aubry would attend.']), ig);
    expect(names(ex, 'party')).not.toContain('Zelanga Movement');
    expect(names(ex, 'party')).not.toContain('René Aubry');
  });
});
