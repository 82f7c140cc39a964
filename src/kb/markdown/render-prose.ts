// An entity page's editor prose (the MDX body) to HTML: parsed as MDX (so what is invalid MDX is reported
// with file and line, as Astro would), JSX and expressions shown as written, raw HTML and unsafe links made
// inert, names of other pages linked on the syntax tree.
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { DossierError } from '../errors.ts';
import remarkInertHtml from './remark-inert-html.ts';
import remarkLinkNames, { type Options as LinkNamesOptions } from './remark-link-names.ts';
import remarkMdxAsText from './remark-mdx-as-text.ts';

export interface ProseOptions extends LinkNamesOptions {
  /** The page's file (for messages, and so its own names stay unlinked). */
  file: string;
  /** 1-based line of the body's first line in the file, so a message names the file's own line. */
  bodyLine?: number;
}

export function renderProseHtml(body: string, options: ProseOptions): string {
  const file = new VFile({ path: options.file, value: body });
  try {
    return String(
      unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkMdxAsText, { source: body })
        .use(remarkInertHtml)
        .use(remarkLinkNames, options)
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(file),
    );
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new DossierError(
      `is not valid MDX (${(error as Error).message.split('\n')[0]}).`,
      'Write "{" and "<" in prose as "\\{" and "\\<", and close every tag you open.',
      { file: options.file, ...(place ? { line: place + (options.bodyLine ?? 1) - 1 } : {}) },
    );
  }
}
