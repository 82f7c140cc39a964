// The word lists: the engine's own load and validate, an editor's content/lexicon.yml extends them (and so changes
// what extraction finds), and a bad editor's file is reported by file, line and field.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DossierError, DossierErrors } from '../../../src/kb/errors.ts';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { lexiconSchema, loadLexicon, type Lexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { article, names } from '../extract/helpers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project root whose content/lexicon.yml holds `yaml` (none when undefined). */
function project(yaml?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-lexicon-'));
  roots.push(root);
  mkdirSync(join(root, 'content'));
  if (yaml !== undefined) writeFileSync(join(root, 'content', 'lexicon.yml'), yaml);
  return root;
}

/** The problems loading a project's lexicon reports, one message each. */
function problems(yaml: string): string[] {
  try {
    loadLexicon(project(yaml));
  } catch (error) {
    if (error instanceof DossierErrors) return error.errors.map((e) => e.message);
    if (error instanceof DossierError) return [error.message];
    throw error;
  }
  return [];
}

const people = (lexicon: Lexicon, text: string): string[] =>
  names(extractArticle(article([text]), buildGazetteer([], [], lexicon)), 'party');

describe('the lexicon', () => {
  const builtin = loadLexicon();

  it('loads the engine’s lists, every one the schema knows, with a digest of them', () => {
    const { digest, ...lists } = builtin;
    expect(lexiconSchema.parse(lists)).toEqual(lists);
    expect(Object.keys(lists).sort()).toEqual(Object.keys(lexiconSchema.shape).sort());
    expect(builtin.titles).toContain('prime minister');
    expect(builtin.placeSuffixes['corridor']).toBe('corridor');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    // a project without content/lexicon.yml reads the same lists
    expect(loadLexicon(project()).digest).toBe(digest);
  });

  it('adds an editor’s words to the built-in ones, and extraction finds what they name', () => {
    const sentence = 'Chief Harbour Warden Ilse Varnum said the port would reopen on Monday.';
    const extended = loadLexicon(project('# The harbour beat\ntitles: [Chief Harbour Warden]\nplaceSuffixes: { lagoon: region }\n'));
    expect(extended.titles).toEqual([...builtin.titles, 'chief harbour warden']);
    expect(extended.placeSuffixes).toEqual({ ...builtin.placeSuffixes, lagoon: 'region' });
    expect(extended.roleNouns).toEqual(builtin.roleNouns);
    expect(extended.digest).not.toBe(builtin.digest);
    expect(people(builtin, sentence)).not.toContain('Ilse Varnum');
    expect(people(extended, sentence)).toContain('Ilse Varnum');
  });

  it('takes a file of comments only as no additions', () => {
    expect(loadLexicon(project('# nothing to add yet\n')).digest).toBe(builtin.digest);
  });

  it('names the file, line and field of a bad list, and lists the lists there are for an unknown one', () => {
    expect(problems('# The harbour beat\ntitles: chief harbour warden\n')).toEqual([
      'content/lexicon.yml:2 field `titles`: must be a list of words in square brackets, for example [cabinet secretary, chief whip]. Correct the value in the file.',
    ]);
    const found = problems('titles: [chief harbour warden]\nharbourTitles: [pilot]\nplaceSuffixes: { lagoon: lake }\n');
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.stringMatching(/^content\/lexicon\.yml:3 field `placeSuffixes\.lagoon`: must be a kind of place: one of country, city, /));
    expect(found).toContainEqual(expect.stringMatching(/^content\/lexicon\.yml:2 field `harbourTitles`: is not a field Dossier knows\. Use one of: titles, roleNouns, .*, droppedQuantities\.$/));
    expect(problems('titles: [chief harbour warden\nroleNouns: [warden]\n')).toEqual([
      expect.stringMatching(/^content\/lexicon\.yml:\d: has text that is not valid YAML \(.+\)\. Fix the YAML on that line/),
    ]);
  });
});
