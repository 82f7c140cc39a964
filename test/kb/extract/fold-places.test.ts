// A short place name folds into the territory the same article names after it, never into a crossing
// or corridor, and never when an editor's page claims the short name.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

function places(paragraphs: string[], pages: Parameters<typeof buildGazetteer>[0] = []) {
  const extraction = extractArticle({ slug: 'a', title: 'Talks go on', published: '2025-02-03', paragraphs }, buildGazetteer(pages, [], lexicon));
  return extraction.entities.filter((e) => e.type === 'place').map((e) => ({ name: e.name, aliases: e.aliases, mentions: e.mentions.length }));
}

describe('folding a place into its territory', () => {
  it('makes "Gaza" a mention of the Gaza Strip when the article names both', () => {
    const found = places(['Aid reached the Gaza Strip on Monday.', 'Officials in Gaza said more trucks were needed.']);
    expect(found).toContainEqual({ name: 'Gaza Strip', aliases: ['Gaza'], mentions: 2 });
    expect(found.some((place) => place.name === 'Gaza')).toBe(false);
  });

  it('keeps a city apart from a crossing named after it', () => {
    const found = places(['Trucks queued at the Rafah Crossing on Monday.', 'Residents of Rafah said the queue grew.']).map((p) => p.name);
    expect(found).toEqual(expect.arrayContaining(['Rafah', 'Rafah Crossing']));
  });

  it('leaves the short name to a page an editor made for it', () => {
    const found = places(['Aid reached the Gaza Strip on Monday.', 'Officials in Gaza said more trucks were needed.'], [
      { key: 'place/gaza-city', name: 'Gaza', aliases: ['Gaza City'], kind: 'city' },
    ]).map((p) => p.name);
    expect(found).toContain('Gaza');
  });
});

describe('folding a place into the natural area named after it', () => {
  it('makes "Zorvan" a mention of the Zorvan Gap when the article names both', () => {
    const found = places(['Migrants crossed the Zorvan Gap on foot.', 'Guides in Zorvan said the trail was closed.']);
    expect(found).toContainEqual({ name: 'Zorvan Gap', aliases: ['Zorvan'], mentions: 2 });
  });
});
