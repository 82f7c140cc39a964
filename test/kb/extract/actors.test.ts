// The actor of a stance cue is the subject of the cue verb; accusations give the accuser the opposite stance.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { article } from './helpers.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();
const g = buildGazetteer([], [], lexicon);
const positions = (sentence: string): string[] =>
  extractArticle(article([sentence]), g).positions.map((p) => `${p.party} ${p.stance}`).sort();
const withIssue = (sentence: string): string[] =>
  extractArticle(article([sentence]), g).positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();

describe('the actor of a stance cue', () => {
  it('gives no stance to mediators merely listed after "from"', () => {
    expect(positions('Mediators from Norway, Egypt and Qatar have been pushing for a permanent truce.')).toEqual([]);
    expect(positions('Envoys from Norway, Egypt, and Qatar called for a permanent truce.')).toEqual([]);
  });

  it('skips a "mediated by" list and takes the subject of the clause after it', () => {
    expect(positions('In talks mediated by Norway, Egypt and Qatar, Sweden demanded a permanent truce.')).toEqual(['Sweden demands']);
    expect(positions('With support from Norway and Egypt, Denmark rejected the release of jailed fishermen.')).toEqual(['Denmark rejects']);
  });

  it('skips an apposition and a relative clause with an agent', () => {
    expect(positions('Sweden, which is backed by Norway, rejected the release of jailed fishermen.')).toEqual(['Sweden rejects']);
    expect(positions('Sweden, Norway’s closest ally, rejected the release of jailed fishermen.')).toEqual(['Sweden rejects']);
  });

  it('keeps a party named by "a spokesman for", and gives each party of a list of subjects the stance', () => {
    expect(positions('A spokesman for Denmark demanded a permanent truce.')).toEqual(['Denmark demands']);
    expect(positions('Sweden, Norway, and Denmark demanded a permanent truce.')).toEqual(['Denmark demands', 'Norway demands', 'Sweden demands']);
    expect(positions('The proposal for a customs union was rejected by Norway and Denmark.')).toEqual(['Denmark rejects', 'Norway rejects']);
  });

  it('reads reported speech: "X said Y demanded Z" is Y, "X said it would reject Z" is X', () => {
    expect(positions('Norway said Sweden demanded the release of jailed fishermen.')).toEqual(['Sweden demands']);
    expect(positions('Norway said it would reject the release of jailed fishermen.')).toEqual(['Norway rejects']);
  });

  it('reads "according to X" as an attribution, not a place', () => {
    const ex = extractArticle(article(['According to Norway, Sweden objected to the release of jailed fishermen.']), g);
    expect(ex.entities.find((e) => e.name === 'Norway')?.type).toBe('party');
    expect(ex.positions.map((p) => `${p.party} ${p.stance}`)).toEqual(['Sweden rejects']);
  });
});

describe('accusations', () => {
  it('gives the "according to" source of a reneging charge the demand, and the accused the rejection', () => {
    const ex = extractArticle(article(['According to Norway, Sweden has reneged on its promise to remove troops from the Kolvik corridor.']), g);
    expect(ex.positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort()).toEqual([
      'Norway demands Promise to remove troops from the Kolvik corridor',
      'Sweden rejects Promise to remove troops from the Kolvik corridor',
    ]);
  });

  it('"X accused Y of blocking Z": X demands Z, Y rejects it', () => {
    expect(positions('Norway accused Sweden of blocking the release of jailed fishermen.')).toEqual(['Norway demands', 'Sweden rejects']);
    // the matter is named "Fishing ban"; the pledge was to lift it, so the accuser wants it lifted and the accused keeps it
    expect(withIssue('Denmark accused Sweden of backtracking on its pledge to lift the fishing ban.')).toEqual(['Denmark rejects Fishing ban', 'Sweden demands Fishing ban']);
  });

  it('"X said Y had violated Z": X demands Z', () => {
    expect(positions('Denmark said Sweden had violated the ceasefire in Kolvik.')).toEqual(['Denmark demands', 'Sweden rejects']);
  });

  it('a denial is no accusation, and nobody accuses themselves', () => {
    expect(positions('Denmark said Sweden had not violated the ceasefire in Kolvik.')).toEqual([]);
    expect(positions('Sweden said it had never backtracked on its pledge to lift the fishing ban.')).toEqual([]);
    expect(withIssue('Sweden said it had backtracked on its pledge to lift the fishing ban.')).toEqual(['Sweden demands Fishing ban']);
  });
});

describe('"demanded that X <verb> …"', () => {
  it('takes the subjunctive clause with its subject as the matter', () => {
    const ex = extractArticle(article(['Denmark demanded that Swedish troops withdraw from the Kolvik corridor.']), g);
    expect(ex.positions.map((p) => `${p.party} ${p.stance} ${p.issue}`)).toEqual(['Denmark demands Swedish troops withdraw from the Kolvik corridor']);
  });

  it('not after a pronoun, a quantified deal or a generic subject', () => {
    const issues = (s: string) => extractArticle(article([s]), g).entities.filter((e) => e.type === 'issue').map((e) => e.name);
    expect(issues('Denmark insisted that they leave Kolvik immediately.')).toEqual([]);
    expect(issues('Denmark insisted that any exchange exclude convicted smugglers.')).toEqual([]);
    expect(issues('Denmark demanded that talks resume on Monday.')).toEqual([]);
  });
});
