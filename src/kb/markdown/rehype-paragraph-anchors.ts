// rehype plugin: gives each top-level paragraph an id p1, p2, … so any claim can cite its paragraph.
// Numbering follows the order of paragraphs, so correcting the words of one moves no other anchor.
import type { Root } from 'hast';

export default function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      number++;
      // The paragraph is a search sub-result of its own (Pagefind: an id plus data-pagefind-title).
      node.properties = { ...node.properties, id: `p${number}`, dataPagefindTitle: `¶${number}` };
    }
  };
}
