// The pull-request comment built from a fixture of reviewed pages: a Markdown table, doubtful first, each doubt
// with its fix, names from article text escaped, file names linked to GitHub's web editor, the preview linked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/kb/review/assess.ts';
import { escapeCell, prComment } from '../../../src/kb/review/pr-comment.ts';

const pages = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'new-pages.json'), 'utf8')) as Assessment[];

describe('prComment', () => {
  const comment = prComment({ pages, previewUrl: 'https://github.com/example/dossier/actions/runs/1/artifacts/2', repository: 'example/dossier', branch: 'strike-story' });
  const rows = comment.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| page'));

  it('lists every page in a table row, the one with most doubts first and the clear one last', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('content/issues/15-percent-rise.mdx');
    expect(rows[1]).toContain('content/parties/kordo-union-of-teachers.mdx');
    expect(rows[2]).toContain('content/parties/ada-okonkwo.mdx');
    expect(comment).toContain('This pull request adds 3 pages; 2 have doubts.');
  });

  it('gives each doubt its code, sentence and fix, and the notes', () => {
    expect(rows[1]).toContain('**near-duplicate**: "Kordo Union of Teachers" shares its words with');
    expect(rows[1]).toContain('add "kordo-union-of-teachers" to its replaces list');
    expect(rows[0]).toMatch(/\*\*percentage\*\*.*<br>\*\*issue-without-party\*\*/);
    expect(rows[0]).toMatch(/\| seen-once \|$/);
    expect(rows[2]).toMatch(/\| party \| – \| – \| seen-once \|$/);
  });

  it('escapes what article text brings: a pipe cannot break the table, a tag is shown as text', () => {
    expect(rows[0]!.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(rows[0]).toContain('15 percent \\| \\<b\\>rise\\</b\\>');
    expect(rows[0]).not.toContain('<b>');
    expect(escapeCell('a_b*c`d')).toBe('a\\_b\\*c\\`d');
  });

  it('links each file to the web editor on the branch, and the built site', () => {
    expect(rows[2]).toContain('[`content/parties/ada-okonkwo.mdx`](https://github.com/example/dossier/edit/strike-story/content/parties/ada-okonkwo.mdx)');
    expect(comment).toContain('[site-preview](https://github.com/example/dossier/actions/runs/1/artifacts/2)');
  });

  it('stays within GitHub\'s comment limit on a large batch, doubtful pages first, and says how many are left out', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...pages[i % 3]!, key: `party/p${i}` as const, file: `content/parties/p${String(i).padStart(4, '0')}.mdx` }));
    const big = prComment({ pages: many });
    expect(big.length).toBeLessThan(65_536);
    const shown = big.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| page'));
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.every((row) => row.includes('**'))).toBe(true);
    expect(big).toContain(`… and ${2000 - shown.length} more pages`);
  });

  it('says so when the pull request adds no page', () => {
    expect(prComment({ pages: [] })).toContain('This pull request adds no entity page.');
  });
});
