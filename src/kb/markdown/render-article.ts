// An article's Markdown body to HTML: raw HTML made inert, mentions linked on the syntax tree, paragraphs
// anchored. The only way article text reaches a page.
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeParagraphAnchors from './rehype-paragraph-anchors.ts';
import remarkInertHtml from './remark-inert-html.ts';
import remarkLinkMentions, { type Options as LinkOptions } from './remark-link-mentions.ts';

export function renderArticleHtml(body: string, links: LinkOptions): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkInertHtml)
    .use(remarkLinkMentions, links)
    .use(remarkRehype)
    .use(rehypeParagraphAnchors)
    .use(rehypeStringify)
    .processSync(body);
  return String(file);
}
