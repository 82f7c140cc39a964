// An article as a Markdown file (content/articles/*.md) and back: YAML frontmatter, then the paragraphs as
// Markdown that renders literally as their text, because article text is untrusted.

import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';
import { DossierError } from '../errors.ts';
import { normaliseParagraph } from '../text/normalise-text.ts';
import type { NewArticle } from './content-model.ts';

/** What an article file holds, read back: paragraph i is anchored #p(i+1) and starts on line paragraphLines[i]. */
export interface ArticleMarkdown {
  frontmatter: Record<string, unknown>;
  paragraphs: string[];
  /** 1-based line in the file (frontmatter included) where each paragraph starts. */
  paragraphLines: number[];
}

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
 * The Markdown file for an article: frontmatter (title, published, source?, url?, language: en) written by the
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
    language: 'en',
  };
  const yaml = stringifyYaml(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const tree: Root = {
    type: 'root',
    children: article.paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return `---\n${yaml}---\n\n${markdown.stringify(tree)}`;
}

/**
 * Reads an article file: its frontmatter as data and the plain text of its top-level paragraphs (Markdown escapes
 * undone, whitespace normalised as at ingest). A broken frontmatter is a DossierError naming `file` and the line.
 */
export function articleFromMarkdown(source: string, file: string): ArticleMarkdown {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let frontmatter: Record<string, unknown> = {};
  let bodyStart = 0;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
    if (close < 0) {
      throw new DossierError(
        'The frontmatter opened on line 1 is never closed.',
        'Add a line with only --- after the last frontmatter field.',
        { file, line: 1 },
      );
    }
    frontmatter = readFrontmatter(lines.slice(1, close).join('\n'), file);
    bodyStart = close + 1;
  }
  const paragraphs = topLevelParagraphs(lines.slice(bodyStart).join('\n'));
  return {
    frontmatter,
    paragraphs: paragraphs.map(plainText),
    paragraphLines: paragraphs.map((node) => (node.position?.start.line ?? 1) + bodyStart),
  };
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

/** The YAML between the `---` lines, as a mapping; lines in errors count from the file's first line. */
function readFrontmatter(yaml: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new DossierError(
      `The frontmatter is not valid YAML (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}).`,
      'Fix that line; quote a value in "double quotes" when it contains a colon, a # or starts with a quote.',
      { file, line },
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DossierError(
      'The frontmatter is not a list of `key: value` fields.',
      'Write one `key: value` field per line between the --- lines.',
      { file, line: 2 },
    );
  }
  return data as Record<string, unknown>;
}
