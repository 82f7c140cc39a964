// An article as a Markdown file (content/articles/*.md): YAML frontmatter, then the paragraphs as Markdown
// that renders literally as their text, because article text is untrusted; and the paragraphs read back.

import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { stringify as stringifyYaml } from 'yaml';
import { normaliseParagraph } from '../text/normalise-text.ts';
import type { NewArticle } from './content-model.ts';

/**
 * Escapes for GitHub-flavoured Markdown on top of CommonMark's (which mdast-util-to-markdown always applies): a
 * `~` could open strikethrough, a `|` at the start of a line could start a table. Astro renders with GFM on.
 */
const GFM_UNSAFE = [
  { character: '~', inConstruct: 'phrasing' as const },
  { atBreak: true, character: '|', after: '[\t :-]' },
];

const markdown = remark().data('settings', { unsafe: GFM_UNSAFE });

/**
 * The Markdown file for an article: frontmatter (title, published, source?, url?, author?, copyOf?, language: en) written by the
 * YAML library with every string double-quoted, so no headline can break it; then each paragraph as a Markdown
 * paragraph of one text node, serialised with escapes so that `<script>`, `*`, `[x](…)`, `# ` and the like are
 * shown as written and never become HTML, emphasis, links or blocks.
 */
export function articleToMarkdown(article: NewArticle): string {
  const frontmatter = {
    title: article.title,
    published: article.published,
    ...(article.source ? { source: article.source } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.copyOf ? { copyOf: article.copyOf } : {}),
    language: 'en',
  };
  const yaml = stringifyYaml(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const tree: Root = {
    type: 'root',
    children: article.paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return `---\n${yaml}---\n\n${markdown.stringify(tree)}`;
}

/** The plain text of the top-level paragraphs of a Markdown body (the file without its frontmatter). */
export function paragraphsOf(body: string | Root): string[] {
  return topLevelParagraphs(body).map(plainText);
}

/** A body's syntax tree, parsed as paragraphsOf and renderArticleHtml read it: parse once, use for both. */
export function parseArticleBody(body: string): Root {
  return markdown.parse(body);
}

function topLevelParagraphs(body: string | Root): Paragraph[] {
  const tree = typeof body === 'string' ? markdown.parse(body) : body;
  return tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
}

function plainText(paragraph: Paragraph): string {
  return normaliseParagraph(toString(paragraph));
}
