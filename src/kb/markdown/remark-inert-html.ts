// remark plugin for untrusted article Markdown: raw HTML becomes plain text (a `<script>` is shown as
// written), links keep only http(s), mailto, fragment and same-site targets — inline links and reference
// links alike: a definition to any other target is dropped and the references to it become their text —
// and images become their alt text (an article never loads anything from elsewhere).
import type { Definition, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(?:https?:|mailto:|#|\/(?![/\\]))/i;

/**
 * Whether a target is one a link may keep, judged on the URL as a browser reads it: ASCII tabs and line breaks
 * anywhere removed, control characters and spaces at either end trimmed (so `java\tscript:` or ` javascript:`
 * is seen as `javascript:`). Character references are already decoded by the parser. An allowlist: anything
 * else, a scheme written in any case included, is unsafe.
 */
function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''));
}

/** How mdast-util-to-hast keys definitions (the first of an identifier is the one references use). */
const idOf = (node: { identifier: string }) => node.identifier.toUpperCase();

/** The identifiers whose definition (the first one, as Markdown reads it) has an unsafe target. */
function unsafeIdentifiers(tree: Root): Set<string> {
  const first = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!first.has(idOf(node))) first.set(idOf(node), node);
  });
  return new Set([...first].filter(([, node]) => !isSafeUrl(node.url)).map(([id]) => id));
}

export default function remarkInertHtml() {
  return (tree: Root) => {
    const unsafe = unsafeIdentifiers(tree);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'html') {
        parent.children[index] = { type: 'text', value: node.value } as never;
        return SKIP;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        parent.children[index] = { type: 'text', value: node.alt ?? '' } as never;
        return SKIP;
      }
      if (node.type === 'definition' && !isSafeUrl(node.url)) {
        parent.children.splice(index, 1);
        return index;
      }
      if ((node.type === 'link' && !isSafeUrl(node.url)) || (node.type === 'linkReference' && unsafe.has(idOf(node)))) {
        parent.children.splice(index, 1, ...(node.children as never[]));
        return index;
      }
      return undefined;
    });
  };
}
