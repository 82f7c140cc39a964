// Property-based: random and adversarial Unicode through ingest, extraction and rendering. Each stage
// either succeeds or raises Dossier's own error; nothing crashes, and no markup from the text survives.
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../src/kb/errors.ts';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { articleToMarkdown, paragraphsOf } from '../../../src/kb/content/article-format.ts';
import { parsePlainText } from '../../../src/kb/ingest/parse-plain-text.ts';
import { renderArticleHtml } from '../../../src/kb/markdown/render-article.ts';
import { parseFrontmatter } from '../../../src/kb/content/frontmatter.ts';
import { buildPageIndex } from '../../../src/kb/resolve/page-index.ts';
import { resolveArticle } from '../../../src/kb/resolve/resolve-article.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

const hostilePieces = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p>', '{props.x}', 'import a from "b"',
  '[x](javascript:alert(1))', '![i](http://e.x/i.png)', '<!-- c -->', '&amp;', '&#x3C;', '\\', '`code`', '*em*',
  '# Heading', '1. item', '- item', '> quote', '|a|b|', '\u202e', '\u0000', '\ufeff', 'Israel’s', 'U.S.', 'on Sunday',
  'President Jo Doe', 'the Example Movement (EXM)', 'release of prisoners', 'July 2', '\t', '\u00a0',
  '[Read more][src]', '\n\n[src]: javascript:alert(1)\n\n', '[x][]', '\n[x]: <java\tscript:alert(2)>\n', '<javascript:alert(3)>',
  '<https://example.org/a>', '\u200b', '\u2066', '\u00ad', 'x'.repeat(300),
];
const hostileText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...hostilePieces)), {
  maxLength: 12,
}).map((parts) => parts.join(' '));

const gazetteer = buildGazetteer([], [], lexicon);
const ALLOWED = new Set(['p', 'a']);

function markupFrom(html: string): string[] {
  const problems: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (!ALLOWED.has(node.tagName)) problems.push(`<${node.tagName}>`);
    for (const name of Object.keys(node.properties)) {
      if (!['id', 'href', 'className', 'dataType', 'dataPagefindTitle'].includes(name)) problems.push(`${node.tagName}[${name}]`);
    }
    if (node.tagName === 'a' && !String(node.properties['href']).startsWith('/')) problems.push(`a[href=${String(node.properties['href'])}]`);
  });
  return problems;
}

describe('adversarial article text', () => {
  it('is ingested, extracted and rendered without crashing and without markup', () => {
    fc.assert(
      fc.property(hostileText, fc.array(hostileText, { minLength: 1, maxLength: 4 }), (title, paragraphs) => {
        const source = `${title}\npublished: 2024-08-25\n\n${paragraphs.join('\n\n')}`;
        let parsed;
        try {
          parsed = parsePlainText(source, 'random.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(DossierError);
          return;
        }
        const markdown = articleToMarkdown(parsed);
        const { body } = parseFrontmatter(markdown, 'random.md');
        expect(paragraphsOf(body)).toEqual(parsed.paragraphs);
        const article = { slug: 'random', title: parsed.title, published: parsed.published, paragraphs: parsed.paragraphs };
        const extraction = extractArticle(article, gazetteer);
        const resolved = resolveArticle(extraction, buildPageIndex([]), new Set());
        const html = renderArticleHtml(body, { mentions: resolved.mentions, href: (key) => `/${key}/` });
        expect(markupFrom(html)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('stays inert even when an editor hand-writes raw HTML and unsafe links into an article', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (blocks) => {
        const html = renderArticleHtml(blocks.join('\n\n'), { mentions: [], href: (key) => `/${key}/` });
        // Hand-written Markdown may make lists, headings or emphasis; none of the raw markup may survive.
        const raw = fromHtml(html, { fragment: true });
        visit(raw, 'element', (node: Element) => {
          expect(['script', 'img', 'iframe', 'style', 'object']).not.toContain(node.tagName);
          for (const name of Object.keys(node.properties)) expect(name).not.toMatch(/^on/i);
          if (node.tagName === 'a') expect(String(node.properties['href'])).not.toMatch(/^\s*javascript:/i);
        });
      }),
      { numRuns: 300 },
    );
  });
});
