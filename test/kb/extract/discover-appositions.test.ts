// News forms of names that discovery must read whole: an age after a name, "and" inside a body's name, two names
// as one subject, the team a result names, court and sports titles before a person. All names are invented.
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
  it('reads where one of a trade comes from as a place, and where an official comes from as a party', () => {
    const ex = run('Kenji Morrow, 54, a fisherman from Selmar, said prices had collapsed.', 'Ilse Varga, a 61-year-old boat owner from the Kolvik Islands, agreed.');
    expect(names(ex, 'place')).toEqual(['Kolvik Islands', 'Selmar']);
    expect(find(ex, 'party', 'Kenji Morrow')?.within).toBe('Selmar');
    expect(find(ex, 'party', 'Ilse Varga')?.within).toBe('Kolvik Islands');
    const official = run('Tomo Aralde, an official from Tarsova, said the talks had collapsed.');
    expect(find(official, 'party', 'Tomo Aralde')?.memberOf).toBe('Tarsova');
    expect(names(official, 'place')).toEqual([]);
  });
  it('reads an age before the name, and "of" or "from" after the age as where the person lives', () => {
    const ex = run('54-year-old Kenji Morrow said prices had collapsed.', 'Ilse Varga, 61, of Kolvik, agreed.', 'Tomo Aralde, 38, from Tarsova, disagreed.');
    expect(find(ex, 'party', 'Kenji Morrow')?.kind).toBe('person');
    expect(find(ex, 'party', 'Ilse Varga')?.within).toBe('Kolvik');
    expect(find(ex, 'party', 'Tomo Aralde')?.within).toBe('Tarsova');
    expect(names(ex, 'place')).toEqual(['Kolvik', 'Tarsova']);
  });
  it('reads a name before where it is from as the subject of the verb after both', () => {
    expect(parties('Kenji Morrow of Selmar said prices had collapsed.')).toContain('Kenji Morrow');
  });
  it('keeps the role of the apposition after the age', () => {
    const ex = run('Kenji Morrow, 54, a fisherman from Selmar, said prices had collapsed.');
    expect(find(ex, 'party', 'Kenji Morrow')?.role).toBe('a fisherman from Selmar');
  });
});

describe('"and" inside the name of a body', () => {
  it('reads ordinary words joined by "and" before an organisation word as one name', () => {
    expect(parties('The Selmar Fish and Game Commission banned trawling.')).toEqual(['Selmar Fish and Game Commission']);
    expect(parties('The Department of Health and Human Services issued the rule.')).toEqual(['Department of Health and Human Services']);
    expect(parties('Officials at the Food and Drug Administration approved the drug.')).toEqual(['Food and Drug Administration']);
  });
  it('keeps two parties of a list apart', () => {
    const found = parties(
      'Talks between the Government of Norva and the Tarsis Liberation Front resumed.',
      'The Kolvik Harbour Authority and Selmar Port Services signed the lease.',
      'Norway and Sweden signed the accord.',
    );
    expect(found).toEqual(expect.arrayContaining(['Government of Norva', 'Tarsis Liberation Front', 'Kolvik Harbour Authority', 'Selmar Port Services', 'Norway', 'Sweden']));
    expect(found.join('|')).not.toMatch(/ and /);
  });
});

describe('coordinated subjects', () => {
  it('reads the first of two names that act together as acting too', () => {
    expect(parties('Ada Okafor and Tomas Orbeld met the press.')).toEqual(['Ada Okafor', 'Tomas Orbeld']);
    const ex = run('Tomo Aralde and Ilka Varsuto said the talks had failed.');
    expect(find(ex, 'party', 'Tomo Aralde')?.kind).toBe('person');
  });
  it('keeps the places of a list after a place preposition places', () => {
    const ex = run('Fighting in Kolvik and Selmar ended on Monday.');
    expect(names(ex, 'place')).toEqual(['Kolvik', 'Selmar']);
    expect(names(ex, 'party')).toEqual([]);
  });
});

describe('the teams of a result', () => {
  it('reads the other side of a verb of contest as a party, a score aside', () => {
    expect(parties('Selmar United beat Kolvik Rovers 2-1 on Saturday.')).toEqual(['Kolvik Rovers', 'Selmar United']);
    expect(parties('Selmar United defeated Kolvik Rovers on Saturday.')).toEqual(['Kolvik Rovers', 'Selmar United']);
    expect(parties('Selmar United lost 2-1 to Kolvik Rovers in the final.')).toEqual(['Kolvik Rovers', 'Selmar United']);
    expect(parties('Selmar United drew 1-1 with Kolvik Rovers.')).toEqual(['Kolvik Rovers', 'Selmar United']);
    expect(parties('Kolvik Rovers were beaten by Selmar United.')).toEqual(['Kolvik Rovers', 'Selmar United']);
  });
  it('leaves a name its own words make a place a place', () => {
    const ex = run('Storm waves beat Kolvik Bay all night.');
    expect(names(ex, 'place')).toEqual(['Kolvik Bay']);
    expect(names(ex, 'party')).toEqual([]);
  });
});

describe('titles of courts and of sports', () => {
  it('reads "District Judge" as a title, not a district', () => {
    const ex = run('U.S. District Judge Amy Berglund blocked the rule, and Circuit Judge Oren Palsgrave agreed.');
    expect(find(ex, 'party', 'Amy Berglund')?.kind).toBe('person');
    expect(find(ex, 'party', 'Oren Palsgrave')?.kind).toBe('person');
    expect(names(ex, 'place')).toEqual([]);
  });
  it('strips a sports role before a name', () => {
    const ex = run('Goalkeeper Tomo Aralde saved two penalties, and Striker Bela Kuzmin scored.', 'Quarterback Dario Vence threw three touchdowns.');
    for (const n of ['Tomo Aralde', 'Bela Kuzmin', 'Dario Vence']) expect(find(ex, 'party', n)?.kind).toBe('person');
    expect(names(ex, 'party').join('|')).not.toMatch(/Goalkeeper|Striker|Quarterback/);
  });
  it('ties a player or a team officer to the team named before the lower-case role', () => {
    const ex = run('Kolvik Rovers manager Ilse Varga said the team was tired.', 'Bela Kuzmin, a striker for Selmar Athletic, scored twice.');
    expect(find(ex, 'party', 'Ilse Varga')?.memberOf).toBe('Kolvik Rovers');
    expect(find(ex, 'party', 'Bela Kuzmin')?.memberOf).toBe('Selmar Athletic');
  });
  it('does not take a figure of speech for a role: "a key player in the market"', () => {
    const ex = run('Velmor Energy, a key player in the market, said prices would rise.');
    expect(find(ex, 'party', 'Velmor Energy')?.kind).not.toBe('person');
  });
  it('keeps civic titles and party-state tags working', () => {
    const ex = run('Mayor Ilse Varga opened the bridge.', 'Rep. Dana Holt, D-Calif., said the bill would pass.');
    expect(find(ex, 'party', 'Ilse Varga')?.kind).toBe('person');
    expect(find(ex, 'party', 'Dana Holt')?.kind).toBe('person');
  });
});

describe('an official as the source of what a delegation did', () => {
  it('"According to senior official X, …, the Norvan Front delegation left": X is a member of the Norvan Front', () => {
    const x = extractArticle(article(['According to senior official Ana Velt, who spoke to Reuters, the Norvan Front delegation departed Kolvik on Sunday.']), buildGazetteer([], [], loadLexicon()));
    expect(x.entities.find((e) => e.name === 'Ana Velt')?.memberOf).toBe('Norvan Front');
    // an official who is not the source belongs to no one by it
    const y = extractArticle(article(['Senior official Ana Velt met the Norvan Front delegation in Kolvik on Sunday.']), buildGazetteer([], [], loadLexicon()));
    expect(y.entities.find((e) => e.name === 'Ana Velt')?.memberOf).toBeUndefined();
  });
});
