// Article Markdown: untrusted text must come back from remark exactly as written, never as HTML, links or emphasis.

import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { DossierError } from '../../../src/kb/errors.ts';
import { articleToMarkdown, paragraphsOf } from '../../../src/kb/content/article-format.ts';
import type { ArticleRecord } from '../../../src/kb/content/content-model.ts';
import { parseFrontmatter } from '../../../src/kb/content/frontmatter.ts';
import { readContentFile } from '../../../src/kb/content/read-content-file.ts';
import { normaliseParagraph } from '../../../src/kb/text/normalise-text.ts';

/** An article file read back as kb and the site read it. */
function readBack(markdown: string): ArticleRecord {
  const errors: DossierError[] = [];
  const read = readContentFile('article', 'x', 'x.md', markdown, errors);
  expect(errors.map((error) => error.message)).toEqual([]);
  return read!.record;
}

const ADVERSARIAL = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{curly}',
  '</p>',
  '*star* and **strong**',
  '_under_ and __score__',
  '[x](javascript:alert(1))',
  '![pic](http://example.com/a.png)',
  '# not a heading',
  '1. not a list',
  '2) not a list either',
  '- not a bullet',
  '+ nor this',
  '> not a quote',
  '---',
  '===',
  '&amp; &#123; &lt;b&gt;',
  'back\\slash and a trailing one \\',
  '\\*escaped already\\*',
  'a | b | c',
  '|-|-|',
  '`code` and ``more``',
  '~~struck~~',
  '[^note] and [ref][]',
  '<http://example.com>',
  'https://example.com and www.example.com',
  '\u05e9\u05dc\u05d5\u05dd and e\u0301 and \ud83d\ude00',
];

/** Every node type in a tree. */
function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  const walk = (node: Nodes) => {
    types.add(node.type);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return types;
}

const article = (paragraphs: string[]) => ({ title: 'A headline', published: '2024-01-02', paragraphs });

describe('articleToMarkdown', () => {
  it('writes frontmatter with quoted strings and one escaped paragraph per paragraph', () => {
    expect(
      articleToMarkdown({
        title: 'Minister: "no comment" #1',
        published: '2024-01-02',
        source: 'The Example Times',
        url: 'https://example.com/a?b=1',
        paragraphs: ['<b>bold</b> claim', '# first'],
      }),
    ).toBe(
      '---\ntitle: "Minister: \\"no comment\\" #1"\npublished: "2024-01-02"\nsource: "The Example Times"\nurl: "https://example.com/a?b=1"\nlanguage: "en"\n---\n\n\\<b>bold\\</b> claim\n\n\\# first\n',
    );
  });

  it.each(ADVERSARIAL)('renders %j literally', (raw) => {
    const text = normaliseParagraph(raw);
    const markdown = articleToMarkdown(article([text]));
    expect(readBack(markdown).paragraphs).toEqual([text]);
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    expect([...nodeTypes(remark().parse(body))].sort()).toEqual(['paragraph', 'root', 'text']);
    const gfm = remark().use(remarkGfm);
    const gfmTypes = nodeTypes(gfm.runSync(gfm.parse(body)) as Root);
    for (const type of gfmTypes) expect(['paragraph', 'root', 'text', 'link']).toContain(type);
  });

  it('keeps the frontmatter readable by YAML for any headline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (raw) => {
        const title = normaliseParagraph(raw);
        fc.pre(title !== '');
        const { data } = parseFrontmatter(articleToMarkdown({ ...article(['x']), title }), 'x.md');
        expect(data['title']).toBe(title);
        expect(data['published']).toBe('2024-01-02');
      }),
    );
  });
});

describe('round trip', () => {
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.constantFrom(...'<>&`[]()\\*_#-+{}|~!:.=\'"0123456789 \t\n\u00a0') },
    { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#123;', '1.', '- ', '# ', '    ', 'http://a.b', 'www.c.d', 'x@y.z', '\u05d0', '\u0301', '\ud83d\ude00', '\u202e') },
  );
  const paragraphs = fc.array(fc.string({ unit, minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 5 });

  it('gives back exactly the normalised paragraphs, with no html, link, image or emphasis node', () => {
    fc.assert(
      fc.property(paragraphs, (raw) => {
        const normalised = raw.map(normaliseParagraph).filter((text) => text !== '');
        fc.pre(normalised.length > 0);
        const markdown = articleToMarkdown(article(normalised));
        expect(readBack(markdown).paragraphs).toEqual(normalised);
        const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
        expect(paragraphsOf(body)).toEqual(normalised);
        const types = nodeTypes(remark().parse(body));
        for (const type of ['html', 'link', 'image', 'emphasis', 'strong', 'inlineCode', 'heading', 'list', 'code']) {
          expect(types.has(type), `${type} in ${JSON.stringify(body)}`).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('under GFM (as Astro renders) has no html, image, emphasis or strikethrough, and links only web addresses', () => {
    const gfm = remark().use(remarkGfm);
    fc.assert(
      fc.property(paragraphs, (raw) => {
        const normalised = raw.map(normaliseParagraph).filter((text) => text !== '');
        fc.pre(normalised.length > 0);
        const markdown = articleToMarkdown(article(normalised));
        const tree = gfm.runSync(gfm.parse(markdown.slice(markdown.indexOf('\n---\n') + 5))) as Root;
        const types = nodeTypes(tree);
        for (const type of ['html', 'image', 'emphasis', 'strong', 'delete', 'table', 'footnoteReference']) {
          expect(types.has(type)).toBe(false);
        }
        const urls: string[] = [];
        const walk = (node: Nodes) => {
          if (node.type === 'link') urls.push(node.url);
          if ('children' in node) node.children.forEach(walk);
        };
        walk(tree);
        for (const url of urls) expect(url).toMatch(/^(https?:|mailto:)/);
      }),
      { numRuns: 300 },
    );
  });
});
