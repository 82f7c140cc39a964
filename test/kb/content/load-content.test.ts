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
