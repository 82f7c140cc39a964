// Linking mentions on a tree the build already parsed: the same HTML as from the body, and the tree left as
// it was. What the links look like is in the fixture cases (test/fixtures/markdown/remark-link-mentions/).
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
});
