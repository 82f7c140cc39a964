// An entity page's editor prose (the MDX body) to HTML: parsed as MDX (so what is invalid MDX is reported
// with file and line, as Astro would), JSX and expressions shown as written, raw HTML and unsafe links made
// inert, names of other pages linked on the syntax tree. Names are linked while the MDX nodes are still in the
// tree, so remark-link-names skips them as it skips code; only then are they turned into the text the editor
// wrote (turned into text first, a name inside `{…}` or `<Note>…</Note>` would be linked like prose). The
// processor, with its matcher of every page name, is made once and used for every page.
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { mdxSyntaxError } from '../content/mdx-syntax.ts';
import remarkInertHtml from './remark-inert-html.ts';
import remarkLinkNames, { type Options as LinkNamesOptions } from './remark-link-names.ts';
import remarkMdxAsText from './remark-mdx-as-text.ts';

export interface ProseFile {
  /** The page's file (for messages, and so its own names stay unlinked). */
  file: string;
  /** 1-based line of the body's first line in the file, so a message names the file's own line. */
  bodyLine?: number;
}

export type ProseRenderer = (body: string, where: ProseFile) => string;

export function proseRenderer(options: LinkNamesOptions): ProseRenderer {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkInertHtml)
    .use(remarkLinkNames, options)
    .use(remarkMdxAsText)
    .use(remarkRehype)
    .use(rehypeStringify)
    .freeze();
  return (body, where) => {
    try {
      return String(processor.processSync(new VFile({ path: where.file, value: body })));
    } catch (error) {
      throw mdxSyntaxError(error, where.file, where.bodyLine);
    }
  };
}
