// Joining issue phrases to issue pages: the page that names the phrases wins over one sharing a bare word or the family.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { article } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

const issue = (key: string, name: string, aliases: string[] = []) => ({ key: `issue/${key}` as const, name, aliases }) as never;

describe('issue pages', () => {
  it('joins the page that names the phrase, not the first page of the same family', () => {
    const g = buildGazetteer([
      issue('complete-ceasefire', 'Complete ceasefire'),
      issue('permanent-end-of-the-war', 'Permanent end of the war in Kolvik', ['permanent truce']),
    ], [], lexicon);
    const ex = extractArticle(article(['Sweden demanded a permanent truce before any exchange.']), g);
    const names = ex.entities.filter((e) => e.type === 'issue').map((e) => e.name);
    expect(names).toContain('Permanent end of the war in Kolvik');
    expect(names).not.toContain('Complete ceasefire');
  });

  it('prefers a page sharing the whole phrase to one sharing a single word of it', () => {
    const g = buildGazetteer([
      issue('customs-union-and-detainees', 'Customs union and exchange detainees', ['detainees']),
      issue('release-of-sailors', 'Release of sailors', ['release of sailors and detainees', 'detainees']),
    ], [], lexicon);
    const ex = extractArticle(article(['The envoy will push for the release of sailors and detainees held in Kolvik.']), g);
    const names = ex.entities.filter((e) => e.type === 'issue').map((e) => e.name);
    expect(names).toContain('Release of sailors');
    expect(names).not.toContain('Customs union and exchange detainees');
  });

  it('still joins a page of the same family when no page names the phrase', () => {
    const g = buildGazetteer([issue('lasting-truce', 'Lasting truce')], [], lexicon);
    const ex = extractArticle(article(['Denmark called for a permanent ceasefire in Kolvik.']), g);
    expect(ex.entities.filter((e) => e.type === 'issue').map((e) => e.name)).toContain('Lasting truce');
  });

  it('ends a phrase before a date written day first, leaving no day number behind', () => {
    const ex = extractArticle(article(['Sweden rejected the withdrawal from Kolvik on 2 January, while Norway demanded the release of sailors on 14th March.']), buildGazetteer([], [], lexicon));
    const names = ex.entities.filter((e) => e.type === 'issue').map((e) => e.name.toLowerCase());
    expect(names).toContain('withdrawal from kolvik');
    expect(names).toContain('release of sailors');
    for (const name of names) expect(name).not.toMatch(/ on \d/);
  });
});
