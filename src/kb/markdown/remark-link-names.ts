// remark plugin for editor prose (the MDX body of entity pages): names and aliases of other pages are
// linked like article mentions — the first mention of each page per paragraph, longest name first, whole
// words only — never inside headings, links, code or MDX expressions, and never to the page itself.
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { EntityKey } from '../types.ts';

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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default function remarkLinkNames(options: Options) {
  const keyOf = new Map(options.names.map((n) => [n.surface, n.key]));
  const surfaces = [...keyOf.keys()].sort((a, b) => b.length - a.length);
  const pattern = surfaces.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return (tree: Root, file: VFile) => {
    if (!pattern) return;
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
      for (const match of node.value.matchAll(pattern)) {
        const key = keyOf.get(match[0])!;
        if (key === self || linked.has(key)) continue;
        linked.add(key);
        if (match.index > cursor) out.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        const link: Link = { type: 'link', url: options.href(key), children: [{ type: 'text', value: match[0] }] };
        link.data = { hProperties: { className: ['mention'], dataEntity: '' } };
        out.push(link);
        cursor = match.index + match[0].length;
      }
      if (out.length === 0) return undefined;
      if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
      return out;
    };
    walk(tree, new Set());
  };
}
