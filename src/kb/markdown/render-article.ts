// An article's Markdown body to HTML: raw HTML made inert, mentions linked on the syntax tree, paragraphs
// anchored. The only way article text reaches a page. Takes the body or the tree the build already parsed
// it into (see parseArticleBody), which it leaves as it was.
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeParagraphAnchors from './rehype-paragraph-anchors.ts';
import remarkInertHtml from './remark-inert-html.ts';
import remarkLinkMentions, { type Options as LinkOptions } from './remark-link-mentions.ts';

const parser = unified().use(remarkParse).freeze();

export function renderArticleHtml(body: string | Root, links: LinkOptions): string {
  const tree = typeof body === 'string' ? parser.parse(body) : structuredClone(body);
  const processor = unified().use(remarkInertHtml).use(remarkLinkMentions, links).use(remarkRehype).use(rehypeParagraphAnchors).use(rehypeStringify);
  return processor.stringify(processor.runSync(tree));
}
