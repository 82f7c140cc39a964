// remark plugin for editor prose written as MDX: JSX elements and {expressions} are shown as the text the
// editor wrote, and import/export lines are dropped. Nothing in a page's body runs at build or in the
// browser; an editor who writes <Note>…</Note> sees it on the page as written and can rewrite it as prose.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

const AS_TEXT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression']);

export default function remarkMdxAsText() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'mdxjsEsm') {
        parent.children.splice(index, 1);
        return index;
      }
      if (!AS_TEXT.has(node.type)) return undefined;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const value = start !== undefined && end !== undefined ? source.slice(start, end) : '';
      const flow = node.type === 'mdxJsxFlowElement' || node.type === 'mdxFlowExpression';
      parent.children[index] = (flow ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'text', value }) as never;
      return SKIP;
    });
  };
}
