// Where a place page is: its own coordinates first, else the reference data for its name or aliases (a country's
// centre, a capital's or another city's position); an invented place has none until an editor gives it some.
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../src/kb/content/content-model.ts';
import { buildGazetteer, extractArticle } from '../../src/kb/extract/index.ts';
import { loadLexicon } from '../../src/kb/lexicon/lexicon.ts';
import { coordinatesOf } from '../../src/lib/place-coordinates.ts';

function place(name: string, aliases: string[] = [], coordinates?: [number, number]): PageRecord {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return { key: `place/${slug}`, type: 'place', slug, file: `content/places/${slug}.mdx`, data: { name, aliases, kind: 'city', replaces: [], ...(coordinates ? { coordinates } : {}) } };
}

describe('coordinatesOf', () => {
  it('takes the page’s own coordinates before any reference data', () => {
    expect(coordinatesOf(place('Nairobi', [], [1, 2]))).toEqual([1, 2]);
  });

  it('places a capital, a city and a country (by an alias) from the reference data', () => {
    const [lat, lon] = coordinatesOf(place('Nairobi'))!;
    expect(lat).toBeCloseTo(-1.29, 1);
    expect(lon).toBeCloseTo(36.82, 1);
    expect(coordinatesOf(place('Antwerp'))![0]).toBeCloseTo(51.22, 1);
    expect(coordinatesOf(place('The States', ['U.S.']))).toEqual([38, -97]);
  });

  it('leaves an invented place without coordinates', () => {
    expect(coordinatesOf(place('Velmor Corridor', ['Velmor']))).toBeUndefined();
  });
});

describe('the gazetteer', () => {
  it('gives a capital its position from the cities list', () => {
    const extraction = extractArticle({ slug: 'a', title: 'Talks resume', published: '2025-02-03', paragraphs: ['Envoys met in Nairobi on Monday.'] }, buildGazetteer([], [], loadLexicon()));
    const nairobi = extraction.entities.find((e) => e.type === 'place' && e.name === 'Nairobi');
    expect(nairobi?.coordinates?.[0]).toBeCloseTo(-1.29, 1);
  });
});
