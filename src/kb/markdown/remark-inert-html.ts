// remark plugin for untrusted article Markdown: raw HTML becomes plain text (a `<script>` is shown as
// written), links keep only http(s) and mailto targets, and images become their alt text (an article
// never loads anything from elsewhere).
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/))/i;

export default function remarkInertHtml() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') {
        parent.children[index] = { type: 'text', value: node.value } as never;
        return SKIP;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        parent.children[index] = { type: 'text', value: node.alt ?? '' } as never;
        return SKIP;
      }
      if (node.type === 'link' && !SAFE_URL.test(node.url.trim())) {
        parent.children.splice(index, 1, ...(node.children as never[]));
        return index;
      }
      return undefined;
    });
  };
}
