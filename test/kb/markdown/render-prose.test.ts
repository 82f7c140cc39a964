// Editor prose: names of other pages linked (not the page's own, not inside headings or links), MDX
// elements and expressions shown as written, invalid MDX reported with file and line.
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../src/kb/errors.ts';
import { proseRenderer } from '../../../src/kb/markdown/render-prose.ts';

const file = 'content/parties/hamas.mdx';
const renderProseHtml = proseRenderer({
  names: [
    { surface: 'Hamas', key: 'party/hamas' as const },
    { surface: 'Qatar', key: 'party/qatar' as const },
    { surface: 'Doha', key: 'place/doha' as const },
  ],
  href: (key: string) => `/${key}/`,
  keyOfFile: (path: string) => (path === file ? ('party/hamas' as const) : undefined),
});

describe('proseRenderer', () => {
  it('links other pages once per paragraph, never the page itself, headings or existing links', () => {
    const html = renderProseHtml('## Qatar\n\nHamas met Qatar in Doha; Qatar said so. [Doha](https://example.org) again.', { file });
    expect(html).toBe(
      '<h2>Qatar</h2>\n<p>Hamas met <a href="/party/qatar/" class="mention" data-entity="">Qatar</a> in ' +
        '<a href="/place/doha/" class="mention" data-entity="">Doha</a>; Qatar said so. <a href="https://example.org">Doha</a> again.</p>',
    );
  });

  it('shows MDX elements and expressions as the text the editor wrote, and runs no import', () => {
    const html = renderProseHtml('import X from "y";\n\n<Note kind="a">Careful</Note>\n\nSee {1 + 1} and <b>bold</b>.', { file });
    expect(html).toBe('<p>&#x3C;Note kind="a">Careful&#x3C;/Note></p>\n<p>See {1 + 1} and &#x3C;b>bold&#x3C;/b>.</p>');
  });

  it('reports invalid MDX with the file, the line and what to do', () => {
    let error: unknown;
    try {
      renderProseHtml('A fine line.\n\nAn unclosed <Tag here.', { file, bodyLine: 6 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).message).toMatch(/^content\/parties\/hamas\.mdx:8: is not valid MDX \(.+\)\. Write "\{" and "<" in prose as/);
  });
});
