// Reference organisations and world regions in the gazetteer: known with no page, by name, other name or acronym.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { nameForms, referenceCountries, referenceOrganisations, referenceRegions } from '../../../src/kb/extract/reference-data.ts';
import type { PageRecord } from '../../../src/kb/content/content-model.ts';
import { buildPageIndex } from '../../../src/kb/resolve/page-index.ts';
import { keyFor } from '../../../src/kb/resolve/resolve-article.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { article, find, names } from './helpers.ts';

const lexicon = loadLexicon();
const empty = buildGazetteer([], [], lexicon);

describe('reference organisations', () => {
  it('lists the UN system and the regional organisations, each with its name and kind', () => {
    const all = referenceOrganisations();
    const wmo = all.find((o) => o.name === 'World Meteorological Organization');
    expect(wmo).toMatchObject({ acronyms: ['WMO'], kind: 'organisation' });
    expect(wmo?.aliases).toContain('World Meteorological Organisation');
    expect(all.find((o) => o.name === 'United Nations Children\'s Fund')?.aliases).toContain('UN Children\'s Fund');
    for (const name of ['International Monetary Fund', 'Southern African Development Community', 'Association of Southeast Asian Nations', 'North Atlantic Treaty Organization']) {
      expect(all.map((o) => o.name)).toContain(name);
    }
  });

  it('writes a name in its other spellings and with "UN" for "United Nations"', () => {
    expect(nameForms('United Nations Development Programme')).toEqual(
      expect.arrayContaining(['UN Development Programme', 'U.N. Development Program', 'United Nations Development Program']),
    );
  });

  it('finds an organisation by name or acronym with no page, and gives its entity the other names', () => {
    const ex = extractArticle(article(['The World Meteorological Organization warned on Monday that the drought in Tarvola would last.', 'The IMF and ASEAN pledged loans to Tarvola.']), empty);
    const wmo = find(ex, 'party', 'World Meteorological Organization');
    expect(wmo?.kind).toBe('organisation');
    expect(wmo?.aliases).toContain('WMO');
    expect(find(ex, 'party', 'International Monetary Fund')?.mentions[0]?.surface).toBe('IMF');
    expect(find(ex, 'party', 'Association of Southeast Asian Nations')?.mentions).toHaveLength(1);
  });

  it('takes "UNICEF", the "UN Children\'s Fund" and its full name in one article as one party', () => {
    const ex = extractArticle(article(['The United Nations Children\'s Fund sent nurses to Vardenia.', 'A UN Children\'s Fund spokeswoman said UNICEF nurses had arrived.']), empty);
    expect(find(ex, 'party', 'United Nations Children\'s Fund')?.mentions).toHaveLength(3);
    expect(names(ex, 'party')).not.toContain('UNICEF');
  });

  it('gives a discovered body no acronym the gazetteer knows for another one', () => {
    const g = buildGazetteer([{ key: 'party/velmor-union', name: 'Velmor Union', aliases: ['VU'], kind: 'organisation' }], [], lexicon);
    const ex = extractArticle(article(['The Presidency of the Council of the Velmor Union (VU) met in Vardenia. The VU said little.']), g);
    expect(find(ex, 'party', 'Presidency of the Council of the Velmor Union')?.aliases).toEqual([]);
    expect(find(ex, 'party', 'Velmor Union')?.mentions).toHaveLength(2);
  });

  it('matches an acronym only as a whole token in capitals', () => {
    const ex = extractArticle(article(['Officials who met in Vardenia said the unit would stay. The Whoville council disagreed.']), empty);
    expect(names(ex, 'party')).not.toContain('World Health Organization');
  });

  it('attaches a page of the same name, which keeps its own aliases', () => {
    const g = buildGazetteer([{ key: 'party/imf', name: 'International Monetary Fund', aliases: [], kind: 'organisation' }], [], lexicon);
    const ex = extractArticle(article(['The IMF approved the loan to Vardenia.']), g);
    expect(find(ex, 'party', 'International Monetary Fund')).toMatchObject({ key: 'party/imf', aliases: ['IMF'] });
  });
});

describe('reference regions', () => {
  it('lists the UN M49 regions and the regions news names, as places', () => {
    const regions = referenceRegions().map((r) => r.name);
    for (const name of ['Africa', 'Latin America and the Caribbean', 'Southeast Asia', 'Middle East', 'Horn of Africa', 'Balkans', 'Caucasus']) expect(regions).toContain(name);
  });

  it('finds a region as a place of kind region, and the longest name first', () => {
    const ex = extractArticle(article(['Drought spread across the Horn of Africa and Central Asia, and fighting went on in the Caucasus.', 'Migrants from Southeast Asia crossed into Norvania.']), empty);
    for (const name of ['Horn of Africa', 'Central Asia', 'Caucasus', 'Southeast Asia']) expect(find(ex, 'place', name)?.kind).toBe('region');
    expect(names(ex, 'place')).not.toContain('Asia');
  });

  it('leaves a region inside a longer name of something else alone', () => {
    const ex = extractArticle(article(['The Balkans Monitor Group said the ministers of Norvania had met.']), empty);
    expect(names(ex, 'place')).not.toContain('Balkans');
  });
});

describe('capitals spelled another way in the cities list', () => {
  it('finds the capital among its country\'s cities by a looser spelling, and keeps that spelling as an alias', () => {
    const capitals = referenceCountries().flatMap((c) => c.capitals);
    expect(capitals.find((c) => c.name === 'Sana\'a')).toMatchObject({ aliases: ['Sanaa'], coordinates: expect.any(Array) });
    expect(capitals.find((c) => c.name === 'Port Vila')?.coordinates).toEqual([expect.closeTo(-17.7, 0), expect.closeTo(168.3, 0)]);
    // the name with its abbreviated region is also written with a comma
    expect(capitals.find((c) => c.name.endsWith(' D.C.'))?.aliases).toEqual(expect.arrayContaining([expect.stringMatching(/, D\.C\.$/)]));
    // the same letters without accents are no other spelling ("Male" is a word)
    expect(capitals.find((c) => c.name === 'Malé')?.aliases).toEqual([]);
  });

  it('links the other spelling to the capital', () => {
    const ex = extractArticle(article(['The envoy flew to Sanaa on Monday.']), empty);
    expect(find(ex, 'place', 'Sana\'a')).toMatchObject({ kind: 'city', within: 'Yemen' });
  });
});

describe('a country as party and as place', () => {
  const party = { key: 'party/lithuania' as const, name: 'Lithuania', aliases: [], kind: 'state' };
  it('stays a place where the text uses it as a location, though it has a party page', () => {
    const ex = extractArticle(article(['The envoy will travel to Lithuania. Lithuania rejected the plan.']), buildGazetteer([party], [], lexicon));
    expect(find(ex, 'place', 'Lithuania')?.key).toBeUndefined();
    expect(find(ex, 'party', 'Lithuania')?.key).toBe('party/lithuania');
  });

  it('gets a place page of its own, not the party page, when no place page exists yet', () => {
    const record = { key: party.key, type: 'party' as const, slug: 'lithuania', file: 'content/parties/lithuania.mdx', data: { name: 'Lithuania', aliases: [], replaces: [], kind: 'state' } };
    const index = buildPageIndex([record as unknown as PageRecord]);
    expect(keyFor({ type: 'place', name: 'Lithuania', kind: 'country', aliases: [], mentions: [] }, index)).toBe('place/lithuania');
    expect(keyFor({ type: 'place', name: 'Lithuania', kind: 'other', aliases: [], mentions: [] }, index)).toBe('party/lithuania');
  });

  it('knows a page named by another name of the country as that country', () => {
    const g = buildGazetteer([{ key: 'party/republic-of-lithuania', name: 'Republic of Lithuania', aliases: [], kind: 'state' }], [], lexicon);
    const ex = extractArticle(article(['Lithuania rejected the plan. The envoy will travel to Lithuania.']), g);
    expect(find(ex, 'party', 'Republic of Lithuania')?.key).toBe('party/republic-of-lithuania');
    expect(find(ex, 'place', 'Republic of Lithuania')?.kind).toBe('country');
  });
});

describe('a country as a location', () => {
  const going = 'The envoy will travel to Lithuania. Moldova voiced its opposition to Armenia, and the ambassador of Denmark to Estonia said nothing.';
  const lists = 'The migrants were born in Paraguay, Guyana and Bolivia. Trucks waited at the border with Latvia. In Vilnius, Moldova said nothing.';
  const ex = extractArticle(article([going, lists]), empty);
  it('is a place after "to" only where "to" follows a word of going or sending, or a frontier noun', () => {
    expect(find(ex, 'place', 'Lithuania')?.kind).toBe('country');
    expect(find(ex, 'place', 'Latvia')?.kind).toBe('country');
    for (const name of ['Armenia', 'Estonia']) {
      expect(find(ex, 'party', name)?.kind).toBe('state');
      expect(find(ex, 'place', name)).toBeUndefined();
    }
  });
  it('makes every name of a list a place when its first is one, but not a name after a comma alone', () => {
    for (const name of ['Paraguay', 'Guyana', 'Bolivia']) expect(find(ex, 'place', name)?.kind).toBe('country');
    expect(find(ex, 'place', 'Moldova')).toBeUndefined();
  });
});

describe('datelines', () => {
  it('reads the capitals at the start of a text before a dash as the place it was filed from, and its country as a place', () => {
    const ex = extractArticle(article(['PORT LOUIS, Mauritius — The talks went on.', 'VILNIUS – Lithuania said no.']), empty);
    expect(find(ex, 'place', 'Port Louis')?.mentions[0]).toMatchObject({ start: 0, surface: 'PORT LOUIS' });
    expect(find(ex, 'place', 'Mauritius')?.kind).toBe('country');
    expect(find(ex, 'place', 'Vilnius')?.kind).toBe('city');
    expect(find(ex, 'party', 'Lithuania')?.kind).toBe('state');
  });

  it('takes no capitals that are not a place, nor capitals without the dash', () => {
    const ex = extractArticle(article(['VILNIUS officials said no.', 'ZURVAN MARKETS – Prices fell.']), empty);
    expect(names(ex, 'place')).toEqual([]);
  });
});

describe('a reference city inside a longer name', () => {
  it('is no place next to another capitalised word, but stays one before a day or at a sentence start', () => {
    const ex = extractArticle(article(['Officials of the Tarvo Leeds Planning Trust objected.', 'Talks resumed in Leeds Tuesday. Leeds hosted them.']), empty);
    expect(find(ex, 'place', 'Leeds')?.mentions.map((m) => m.paragraph)).toEqual([2, 2]);
  });
});

describe('a place and where it lies', () => {
  it('makes the country after "City, " a place where the phrase ends, not where the country goes on to act', () => {
    const ex = extractArticle(article(['The accord was signed in Port Louis, Mauritius.', 'In Vilnius, Moldova said nothing.']), empty);
    expect(find(ex, 'place', 'Mauritius')?.kind).toBe('country');
    expect(find(ex, 'place', 'Moldova')).toBeUndefined();
  });

  it('takes no region named by a word of direction alone', () => {
    const ex = extractArticle(article(['Floods spread across Central and Eastern Europe.']), empty);
    expect(names(ex, 'place')).toEqual(['Eastern Europe']);
  });
});

describe('natural features', () => {
  it('makes a name before "jungle", "gap", "desert" or "border" a place, and "X Gap" one', () => {
    const ex = extractArticle(article(['Migrants crossed the Zorvan jungle on foot and walked through the Kelmar Gap.', 'Troops massed at the Velmor border.']), empty);
    for (const name of ['Zorvan', 'Kelmar Gap', 'Velmor']) expect(find(ex, 'place', name)?.kind).toBe('region');
    expect(names(ex, 'party')).toEqual([]);
  });
});

describe('a country as an origin', () => {
  it('is a place after "from" following people on the move or a word of leaving, a party after "support from"', () => {
    const ex = extractArticle(article(['Most were migrants from Guyana, Bolivia and Paraguay; others fled from Suriname.', 'The plan had support from Uruguay.']), empty);
    for (const name of ['Guyana', 'Bolivia', 'Paraguay', 'Suriname']) expect(find(ex, 'place', name)?.kind).toBe('country');
    expect(find(ex, 'party', 'Uruguay')?.kind).toBe('state');
    expect(find(ex, 'place', 'Uruguay')).toBeUndefined();
  });
});

describe('between', () => {
  it('makes both countries places after a noun of a place, and parties after talks', () => {
    const ex = extractArticle(article(['Migrants crossed the jungle between Guyana and Suriname.', 'Talks between Moldova and Armenia stalled.']), empty);
    for (const name of ['Guyana', 'Suriname']) expect(find(ex, 'place', name)?.kind).toBe('country');
    for (const name of ['Moldova', 'Armenia']) expect(find(ex, 'place', name)).toBeUndefined();
  });
});

describe('datelines as written', () => {
  it('reads a dateline in ordinary case too, and the country after its comma as a place', () => {
    const ex = extractArticle(article(['Port Louis, Mauritius – The talks went on.']), empty);
    expect(find(ex, 'place', 'Port Louis')?.kind).toBe('city');
    expect(find(ex, 'place', 'Mauritius')?.kind).toBe('country');
    expect(names(ex, 'party')).toEqual([]);
  });
});

describe('the Gulf and the Pacific', () => {
  it('are the regions alone, and the longer name around them first', () => {
    const ex = extractArticle(article(['Shipping in the Pacific slowed, the Pacific Islands Forum said, while rigs in the Gulf of Guinea closed and trade in the Gulf fell.']), empty);
    expect(find(ex, 'place', 'Pacific')?.mentions).toHaveLength(1);
    expect(find(ex, 'party', 'Pacific Islands Forum')?.kind).toBe('organisation');
    expect(find(ex, 'place', 'Gulf of Guinea')?.kind).toBe('region');
    expect(find(ex, 'place', 'Gulf region')?.mentions).toHaveLength(1);
  });
});

describe('wire datelines and spans', () => {
  it('reads a dateline with its day and agency, and a span "from X to Y" as places', () => {
    const dateline = 'VILNIUS, Lithuania, June 3 (AP) — Cholera spread from Moldova to Armenia and Mongolia, officials said.';
    const ex = extractArticle(article([dateline, 'Mongolia asked for vaccines.']), empty);
    expect(find(ex, 'place', 'Vilnius')?.mentions[0]?.surface).toBe('VILNIUS');
    for (const name of ['Lithuania', 'Moldova', 'Armenia', 'Mongolia']) expect(find(ex, 'place', name)?.kind).toBe('country');
    expect(find(ex, 'party', 'Mongolia')?.mentions).toHaveLength(1);
  });
});

describe('datelines and lists, more', () => {
  it('keeps a dateline city whose name is also a word, and carries a list over "and the"', () => {
    const text = 'NICE (AP) — Complaints came from firms in Lithuania, Moldova and the Netherlands.';
    const ex = extractArticle(article([text]), empty);
    expect(find(ex, 'place', 'Nice')?.mentions[0]?.surface).toBe('NICE');
    expect(find(ex, 'place', 'Netherlands')?.kind).toBe('country');
  });
});

describe('a list after a place', () => {
  it('does not carry the place on to a name that acts right after it', () => {
    const ex = extractArticle(article(['Officials in Lithuania and Moldova agreed on the plan.', 'Aid reached Vilnius and Armenia rejected the offer.']), empty);
    expect(find(ex, 'place', 'Lithuania')?.kind).toBe('country');
    expect(find(ex, 'place', 'Moldova')).toBeUndefined();
    expect(find(ex, 'party', 'Moldova')?.kind).toBe('state');
  });
});
