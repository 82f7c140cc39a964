// Reading content/: every problem in one run, each naming its file (and line and field where there is one).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierErrors } from '../../../src/kb/errors.ts';
import { loadContent } from '../../../src/kb/content/load-content.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** The messages of every problem loadContent reports for the tree, none when it reads. */
const report = (): string[] => {
  try {
    loadContent(root);
  } catch (error) {
    return (error as DossierErrors).errors.map((e) => e.message);
  }
  return [];
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-load-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadContent', () => {
  it('collects every problem of a broken tree into one report', () => {
    write('content/articles/2024-01-01-a.md', '---\ntitle: "A"\npublished: 2024-13-45\n---\n\nText.\n');
    write('content/parties/Hamas.mdx', '---\nname: Hamas\nkind: organisation\n---\n');
    write('content/parties/x.mdx', '---\nname: X\nkind: banana\n---\n');
    write('content/places/y.mdx', '---\nname: [unclosed\n---\n');
    write('content/ignore.yml', 'just: a map\n');
    let report: DossierErrors | undefined;
    try {
      loadContent(root);
    } catch (error) {
      report = error as DossierErrors;
    }
    expect(report).toBeInstanceOf(DossierErrors);
    expect(report!.errors.map((error) => error.message)).toEqual([
      'content/articles/2024-01-01-a.md:3 field `published`: must be a real calendar day written YYYY-MM-DD, for example 2024-08-25. Correct the value in the frontmatter.',
      'content/parties/Hamas.mdx: has a file name that cannot be a page address (only lower-case letters, digits and single dashes). Rename it to hamas.mdx.',
      'content/parties/x.mdx:3 field `kind`: must be one of state, organisation, person, group, media, other. Correct the value in the frontmatter.',
      expect.stringMatching(/^content\/places\/y\.mdx:2: has frontmatter that is not valid YAML \(.+\)\. Fix the YAML on that line/),
      'content/ignore.yml: must be a list of names. Write one "- name" per line, e.g. "- Teams".',
    ]);
  });
});

describe('strict frontmatter', () => {
  it('refuses a misspelt or unknown field with its file, line and the field it was probably meant to be', () => {
    write('content/parties/velmor-front.mdx', '---\nname: Velmor Front\nkind: group\n---\n');
    write('content/parties/tavo-brask.mdx', '---\nname: Tavo Brask\nkind: person\nmemberof: velmor-front\n---\n');
    write('content/places/port-alden.mdx', '---\nname: Port Alden\nkind: city\nreplace: [old-port]\ncolour: blue\n---\n');
    write('content/articles/2024-01-01-a.md', '---\ntitle: "A"\npublished: 2024-01-01\nretraced: true\n---\n\nText.\n');
    expect(report()).toEqual([
      'content/articles/2024-01-01-a.md:4 field `retraced`: is not a field Dossier knows. Did you mean "retracted"? Use one of: title, published, source, url, author, copyOf, language, retracted.',
      'content/parties/tavo-brask.mdx:4 field `memberof`: is not a field Dossier knows. Did you mean "memberOf"? Use one of: name, aliases, summary, wikidata, replaces, kind, memberOf.',
      'content/places/port-alden.mdx:4 field `replace`: is not a field Dossier knows. Did you mean "replaces"? Use one of: name, aliases, summary, wikidata, replaces, kind, within, coordinates.',
      'content/places/port-alden.mdx:5 field `colour`: is not a field Dossier knows. Use one of: name, aliases, summary, wikidata, replaces, kind, within, coordinates.',
    ]);
  });
});

describe('hand-edited files', () => {
  it('are refused with the line of the first byte that is not UTF-8, as ingest refuses an article', () => {
    write('content/parties/velmor-front.mdx', '---\nname: Velmor Front\nkind: group\n---\n');
    mkdirSync(join(root, 'content', 'places'), { recursive: true });
    writeFileSync(join(root, 'content/places/port-alden.mdx'), Buffer.from('---\nname: Port Alden\nkind: city\nsummary: Caf\xe9 town.\n---\n', 'latin1'));
    expect(report()).toEqual(['content/places/port-alden.mdx:4: The file is not valid UTF-8 text. Save it as UTF-8 text and run the command again.']);
  });

  it('lose zero-width and bidirectional control characters from names, aliases and headlines', () => {
    write('content/parties/velmor-front.mdx', '---\nname: "Vel\u200Bmor Front"\naliases: ["\u202EVF"]\nkind: group\n---\n');
    write('content/articles/2024-01-01-a.md', '---\ntitle: "Talks \u202Eend\u202C in Port Alden"\npublished: 2024-01-01\n---\n\nText.\n');
    const snapshot = loadContent(root);
    expect(snapshot.pages[0]!.data.name).toBe('Velmor Front');
    expect(snapshot.pages[0]!.data.aliases).toEqual(['VF']);
    expect(snapshot.articles[0]!.title).toBe('Talks end in Port Alden');
  });
});

describe('a publication day', () => {
  it('in the future is refused with the file, line and field, and makes no date pages', () => {
    const tomorrow = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    write('content/articles/2099-01-01-a.md', '---\ntitle: "A"\npublished: 2099-01-01\n---\n\nText.\n');
    write('content/articles/2024-01-02-b.md', `---\ntitle: "B"\npublished: ${tomorrow}\n---\n\nText.\n`);
    write('content/articles/2024-01-03-c.md', `---\ntitle: "C"\npublished: ${new Date().toISOString().slice(0, 10)}\n---\n\nText.\n`);
    const future = 'is in the future: a publication day cannot be after today, which would also make date pages from it; correct the day. Correct the value in the frontmatter.';
    expect(report()).toEqual([
      `content/articles/2024-01-02-b.md:3 field \`published\`: ${future}`,
      `content/articles/2099-01-01-a.md:3 field \`published\`: ${future}`,
    ]);
  });
});

describe('an entity page body the build cannot render', () => {
  it('is refused when read, with every page, line and fix named in one report', () => {
    write('content/parties/velmor-front.mdx', '---\nname: Velmor Front\nkind: group\n---\n\nA group.\n\n<!-- check the founding year -->\n');
    write('content/places/port-alden.mdx', '---\nname: Port Alden\nkind: city\n---\n\nSee <https://example.org/port-alden> for more.\n');
    write('content/places/brask.mdx', '---\nname: Brask\nkind: city\n---\n\nPrices rose {sharply.\n');
    expect(report()).toEqual([
      expect.stringMatching(/^content\/parties\/velmor-front\.mdx:8: is not valid MDX \(.+\)\. Write a comment as \{\/\* your note \*\/\}, or remove it\.$/),
      expect.stringMatching(/^content\/places\/brask\.mdx:6: is not valid MDX \(.+\)\. Write "\{" and "<" in prose as "\\\{" and "\\<", and close every tag you open\.$/),
      expect.stringMatching(/^content\/places\/port-alden\.mdx:6: is not valid MDX \(.+\)\. Write a web address as a link, \[the site\]\(https:\/\/…\), or as plain text without "<" and ">"\.$/),
    ]);
  });
});
