// YAML in content files: parsed with alias limits, and every error names the file and the line an editor has to fix.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/kb/content/frontmatter.ts';
import { DossierError } from '../../../src/kb/errors.ts';

function problem(yaml: string): DossierError {
  try {
    parseFrontmatter(`---\n${yaml}\n---\n\nBody.\n`, 'content/parties/p.mdx');
  } catch (error) {
    return error as DossierError;
  }
  throw new Error('no error');
}

describe('parseFrontmatter', () => {
  it('refuses an alias bomb (anchors expanding to millions of nodes) with a Dossier error naming the file', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 8; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const error = problem(`name: Tavo Brask\n${levels.join('\n')}`);
    expect(error).toBeInstanceOf(DossierError);
    expect(error.message).toMatch(/^content\/parties\/p\.mdx:\d+: has frontmatter whose YAML references \(\*name\) expand too far\b.*Write the values out/);
  });

  it.each([
    ['an unclosed quote', 'name: "Tavo Brask\nkind: person\nsummary: A mediator.', 2],
    ['an unclosed list', 'name: Tavo Brask\naliases: [Brask, T. Brask\nkind: person', 3],
    ['a duplicated field', 'name: Tavo Brask\nkind: person\nname: Brask', 4],
    ['a tab as indentation', 'name: Tavo Brask\n\tkind: person', 3],
  ])('names the line of %s', (_, yaml, line) => {
    const error = problem(yaml);
    expect(error).toBeInstanceOf(DossierError);
    expect(error.line).toBe(line);
  });
});
