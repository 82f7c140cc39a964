// Linking mentions on the syntax tree: first mention per entity per paragraph, offsets across inline
// nodes, nothing inside existing links, mismatched offsets left alone, and untrusted text kept as text.
import { describe, expect, it } from 'vitest';
import { parseArticleBody, paragraphsOf } from '../../../src/kb/content/article-format.ts';
import { renderArticleHtml } from '../../../src/kb/markdown/render-article.ts';
import type { LinkableMention } from '../../../src/kb/markdown/remark-link-mentions.ts';

const href = (key: string) => `/${key}/`;
const render = (markdown: string, mentions: LinkableMention[]) => renderArticleHtml(markdown, { mentions, href });

describe('remarkLinkMentions', () => {
  it('renders the tree the build parsed once exactly as the body, and leaves that tree as it was', () => {
    const body = 'Hamas met *Egypt* in Cairo.\n\n<b>Not HTML</b> and [a link](https://example.org).';
    const mentions: LinkableMention[] = [{ key: 'party/hamas', paragraph: 1, start: 0, end: 5 }, { key: 'place/cairo', paragraph: 1, start: 19, end: 24 }];
    const tree = parseArticleBody(body);
    const before = structuredClone(tree);
    expect(renderArticleHtml(tree, { mentions, href })).toBe(render(body, mentions));
    expect(tree).toEqual(before);
    expect(paragraphsOf(tree)).toEqual(paragraphsOf(body));
  });

  it('links the first mention of each entity in a paragraph only', () => {
    const html = render('Hamas met Egypt. Hamas left.\n\nHamas returned.', [
      { key: 'party/hamas', paragraph: 1, start: 0, end: 5 },
      { key: 'party/egypt', paragraph: 1, start: 10, end: 15 },
      { key: 'party/hamas', paragraph: 1, start: 17, end: 22 },
      { key: 'party/hamas', paragraph: 2, start: 0, end: 5 },
    ]);
    expect(html).toBe(
      '<p id="p1" data-pagefind-title="¶1"><a href="/party/hamas/">Hamas</a> met <a href="/party/egypt/">Egypt</a>. Hamas left.</p>\n' +
        '<p id="p2" data-pagefind-title="¶2"><a href="/party/hamas/">Hamas</a> returned.</p>',
    );
  });

  it('counts offsets across emphasis and code, and never links inside an existing link', () => {
    const markdown = 'The *talks* in `Cairo` and [Doha](https://example.org) went on in Cairo.';
    // Plain text: "The talks in Cairo and Doha went on in Cairo."
    const html = render(markdown, [
      { key: 'place/doha', paragraph: 1, start: 23, end: 27 },
      { key: 'place/cairo', paragraph: 1, start: 39, end: 44, surface: 'Cairo' },
    ]);
    expect(html).toContain('<a href="https://example.org">Doha</a>');
    expect(html).not.toContain('/place/doha/');
    expect(html).toContain('went on in <a href="/place/cairo/">Cairo</a>.');
  });

  it('leaves a mention unlinked when the text at its offsets is not what extraction saw', () => {
    const html = render('Qatar hosted the talks.', [{ key: 'party/egypt', paragraph: 1, start: 0, end: 5, surface: 'Egypt' }]);
    expect(html).toBe('<p id="p1" data-pagefind-title="¶1">Qatar hosted the talks.</p>');
  });

  it('keeps raw HTML as text and drops unsafe link targets and images', () => {
    const html = render('<b onclick="x()">bold</b> [go](javascript:alert(1)) ![pic](http://e.x/p.png)', []);
    expect(html).toBe('<p id="p1" data-pagefind-title="¶1">&#x3C;b onclick="x()">bold&#x3C;/b> go pic</p>');
  });
});
