// Discovery: titles, organisation and place suffixes, acronyms, hyphenated names, surnames, memberOf, filters.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { article, find, names } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();
const g = buildGazetteer([], [], lexicon);

describe('discovery', () => {
  it('strips titles and types the rest as a person, with the affiliation before the title', () => {
    const ex = extractArticle(article(['Norwegian Foreign Minister Ingrid Valstad met Director Paul Ambrose on Friday.', 'Norway hosted the talks.']), g);
    expect(find(ex, 'party', 'Ingrid Valstad')).toMatchObject({ kind: 'person', memberOf: 'Norway' });
    expect(find(ex, 'party', 'Paul Ambrose')?.kind).toBe('person');
    expect(names(ex, 'party')).not.toContain('Foreign Minister Ingrid Valstad');
  });

  it('folds a later surname into the person named in full', () => {
    const ex = extractArticle(article(['Secretary of State Maria Okonkwo-Reyes will visit the region.', 'Okonkwo-Reyes said the offer stands.']), g);
    const person = find(ex, 'party', 'Maria Okonkwo-Reyes');
    expect(person?.mentions).toHaveLength(2);
    expect(person?.aliases).toEqual(['Okonkwo-Reyes']);
    expect(find(ex, 'party', 'Okonkwo-Reyes')).toBeUndefined();
  });

  it('keeps hyphenated and particle names whole', () => {
    const ex = extractArticle(article(['Senior official Tariq El-Masri spoke after Sheikh Nasser bin Khalid Al Farsi arrived.']), g);
    expect(find(ex, 'party', 'Tariq El-Masri')?.kind).toBe('person');
    expect(find(ex, 'party', 'Nasser bin Khalid Al Farsi')?.kind).toBe('person');
  });

  it('types organisations and places by suffix and ties an acronym to its expansion', () => {
    const ex = extractArticle(article([
      'The Harbour Pilots Association (HPA) rejected the offer.',
      'The HPA said ships wait near the Karsten Crossing and in the Velmor Corridor.',
    ]), g);
    const hpa = find(ex, 'party', 'Harbour Pilots Association');
    expect(hpa?.kind).toBe('organisation');
    expect(hpa?.aliases).toContain('HPA');
    expect(hpa?.mentions.map((m) => m.surface)).toEqual(["Harbour Pilots Association", "HPA", "HPA"]);
    expect(find(ex, 'place', 'Karsten Crossing')?.kind).toBe('crossing');
    expect(find(ex, 'place', 'Velmor Corridor')?.kind).toBe('corridor');
  });

  it('reads memberOf from "X, a representative for Y" and a place from "a resident of Z"', () => {
    const ex = extractArticle(article([
      'Omar Faruqi, a representative for the Dockers Union, said the talks failed.',
      'Lina Sabbagh, a resident of Deir Tamra, welcomed the news.',
    ]), g);
    expect(find(ex, 'party', 'Omar Faruqi')).toMatchObject({ kind: 'person', memberOf: 'Dockers Union' });
    expect(find(ex, 'party', 'Dockers Union')?.kind).toBe('organisation');
    expect(find(ex, 'place', 'Deir Tamra')?.name).toBe('Deir Tamra');
  });

  it('drops capitalised common words at the start of a sentence and one-off names without party cues', () => {
    const ex = extractArticle(article(['Several proposals were tabled. Teams from Norway worked late.', 'Storm Gerda closed the port of Vardo for a day.']), g);
    expect(names(ex, 'party')).toEqual(['Norway']);
  });
});

describe('discovery in context', () => {
  it('types a name of unknown words introduced by a speech verb as a person', () => {
    const ex = extractArticle(article(['Talks stalled, said Yusuf al-Qadri, who spoke for the delegation.']), g);
    expect(find(ex, 'party', 'Yusuf al-Qadri')?.kind).toBe('person');
  });

  it('ties an acronym to the name whose initials it spells, and reads "the X union" as an organisation', () => {
    const ex = extractArticle(article(['The Harbour Crane Operators union walked out on Friday.', 'HCO leaders said the strike goes on.']), g);
    const union = find(ex, 'party', 'Harbour Crane Operators');
    expect(union?.kind).toBe('organisation');
    expect(union?.aliases).toContain('HCO');
  });

  it('splits a hyphenated pair where the gazetteer knows one part', () => {
    const ex = extractArticle(article(['The Norway-Valdoria dispute flared. Valdoria rejected the offer, and Valdoria later walked out.']), g);
    expect(find(ex, 'party', 'Norway')?.name).toBe('Norway');
    expect(find(ex, 'party', 'Valdoria')?.mentions).toHaveLength(3);
    expect(find(ex, 'party', 'Norway-Valdoria')).toBeUndefined();
  });

  it('uses the name news uses for a country and keeps the reference name as an alias', () => {
    const ex = extractArticle(article(['Türkiye hosted the round. Turkey said it would host the next one too.']), g);
    const turkey = find(ex, 'party', 'Turkey');
    expect(turkey?.mentions).toHaveLength(2);
    expect(turkey?.aliases).toEqual(['Türkiye']);
  });

  it('reports headline mentions as paragraph 0 and dates without their preposition', () => {
    const ex = extractArticle(article(['The envoys will meet on Monday in Oslo.'], '2024-03-10', 'Norway to host envoys'), g);
    expect(find(ex, 'party', 'Norway')?.mentions[0]).toMatchObject({ paragraph: 0, surface: 'Norway', sentence: 'Norway to host envoys' });
    expect(ex.entities.find((e) => e.type === 'date')).toMatchObject({ name: 'March 11, 2024', date: '2024-03-11', aliases: [], mentions: [{ paragraph: 1, surface: 'Monday', start: 24, end: 30 }] });
  });
});

describe('places by cue', () => {
  it('reads unknown names after a place preposition, and names coordinated with them, as places', () => {
    const ex = extractArticle(article(['Fighting went on in Marvello and Tessaro overnight.']), g);
    expect(find(ex, 'place', 'Marvello')?.name).toBe('Marvello');
    expect(find(ex, 'place', 'Tessaro')?.name).toBe('Tessaro');
    expect(names(ex, 'party')).toEqual([]);
  });
});
