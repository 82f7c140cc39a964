// Whether an entity page's body is MDX the site can render, checked by the one content reader so `kb --check`
// refuses what the build would (before, an HTML comment or a <https://…> address passed kb and then stopped the
// build, one page per build). The same parser as the prose renderer (src/kb/markdown/render-prose.ts), whose errors
// are worded here too. Article bodies are not MDX and need no such check.
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DossierError } from '../errors.ts';

const parser = unified().use(remarkParse).use(remarkMdx).freeze();

/** The fix for what MDX refuses: the common cases (micromark's notes name them), then the general rule. */
function hintFor(reason: string): string {
  if (/create a comment in MDX/.test(reason)) return 'Write a comment as {/* your note */}, or remove it.';
  if (/create a link in MDX/.test(reason)) return 'Write a web address as a link, [the site](https://…), or as plain text without "<" and ">".';
  return 'Write "{" and "<" in prose as "\\{" and "\\<", and close every tag you open.';
}

/** A parser's complaint about a page body as a Dossier error naming the page's file and line (`bodyLine`: the file's line the body starts on). */
export function mdxSyntaxError(error: unknown, file: string, bodyLine = 1): DossierError {
  const reason = (error as Error).message.split('\n')[0] ?? '';
  const place = (error as { line?: number }).line;
  return new DossierError(`is not valid MDX (${reason}).`, hintFor(reason), { file, ...(place ? { line: place + bodyLine - 1 } : {}) });
}

/** The problem with a page body as MDX, or undefined when it parses. */
export function checkMdxSyntax(body: string, file: string, bodyLine: number): DossierError | undefined {
  try {
    parser.parse(body);
    return undefined;
  } catch (error) {
    return mdxSyntaxError(error, file, bodyLine);
  }
}
