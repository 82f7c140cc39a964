// Linking mentions on a tree the build already parsed: the same HTML as from the body, and the tree left as
// it was; mentions found in the normalised paragraphs linked however the body spaces them. What the links
// look like is in the fixture cases (test/fixtures/markdown/remark-link-mentions/).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleBody, paragraphsOf } from '../../../src/kb/content/article-format.ts';
import { renderArticleHtml } from '../../../src/kb/markdown/render-article.ts';
import type { LinkableMention } from '../../../src/kb/markdown/remark-link-mentions.ts';
import type { EntityKey } from '../../../src/kb/types.ts';

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

  it('links every mention found in the normalised paragraph, whatever white space and composition the body has', () => {
    const words = ['Norvania', 'met', 'the', 'envoy', 'of', 'Port', 'Velsen', 'and', 'Lenarčič.'];
    const surfaces: [EntityKey, string][] = [['place/norvania', 'Norvania'], ['place/port-velsen', 'Port Velsen'], ['party/mira-lenarcic', 'Lenarčič']];
    const gap = fc.constantFrom(' ', '  ', '\t', ' \t ', '\n', ' \n  ', '\u00a0', '\u2003 ', ' \u0001');
    fc.assert(
      fc.property(fc.array(gap, { minLength: words.length - 1, maxLength: words.length - 1 }), fc.boolean(), (gaps, decompose) => {
        const body = words.map((word, i) => (decompose ? word.normalize('NFD') : word) + (gaps[i] ?? '')).join('');
        const text = paragraphsOf(body)[0]!;
        const mentions = surfaces.map(([key, surface]): LinkableMention => {
          const start = text.indexOf(surface);
          return { key, paragraph: 1, start, end: start + surface.length, surface };
        });
        expect(render(body, mentions).match(/<a href=/g)).toHaveLength(3);
      }),
    );
  });
});
