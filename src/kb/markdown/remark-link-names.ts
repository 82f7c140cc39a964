// remark plugin for editor prose (the MDX body of entity pages): names and aliases of other pages are
// linked like article mentions — the first mention of each page per paragraph, longest name first, whole
// words only — never inside headings, links, code or MDX elements and expressions (so it must run while those
// are still MDX nodes, before remark-mdx-as-text turns them into text), and never to the page itself.
// The names are gathered into one matcher when the processor is made, not once per page.
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { EntityKey } from '../types.ts';
import { NameMatcher } from './name-matcher.ts';

export interface PageName {
  surface: string;
  key: EntityKey;
}

export interface Options {
  names: PageName[];
  href: (key: EntityKey) => string;
  /** The page a file is (from its path), so its own names stay unlinked. */
  keyOfFile: (path: string) => EntityKey | undefined;
}

const SKIP = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
const BLOCKS = new Set(['paragraph', 'tableCell', 'listItem']);

export default function remarkLinkNames(options: Options) {
  const matcher = new NameMatcher(options.names);

  return (tree: Root, file: VFile) => {
    if (matcher.size === 0) return;
    const self = file.path ? options.keyOfFile(file.path) : undefined;
    const walk = (parent: Parent, linked: Set<EntityKey>) => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index]!;
        if (SKIP.has(child.type)) continue;
        if (child.type === 'text') {
          const parts = split(child as Text, linked);
          if (parts) {
            parent.children.splice(index, 1, ...parts);
            index += parts.length - 1;
          }
        } else if ('children' in child) {
          walk(child as Parent, BLOCKS.has(child.type) ? new Set() : linked);
        }
      }
    };
    const split = (node: Text, linked: Set<EntityKey>): PhrasingContent[] | undefined => {
      const out: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matcher.matches(node.value)) {
        if (match.key === self || linked.has(match.key)) continue;
        linked.add(match.key);
        if (match.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, match.start) });
        const surface = node.value.slice(match.start, match.end);
        const link: Link = { type: 'link', url: options.href(match.key), children: [{ type: 'text', value: surface }] };
        link.data = { hProperties: { className: ['mention'], dataEntity: '' } };
        out.push(link);
        cursor = match.end;
      }
      if (out.length === 0) return undefined;
      if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
      return out;
    };
    walk(tree, new Set());
  };
}
