// remark plugin: links the mentions extraction found in an article's paragraphs to their entity pages, on
// the syntax tree: text nodes are split and `link` nodes inserted (never HTML strings). Only the first
// mention of an entity in each paragraph that can be linked is linked (one inside a link or code does not
// count), and nothing inside an existing link.
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { EntityKey } from '../types.ts';

export interface LinkableMention {
  key: EntityKey;
  /** 1-based top-level paragraph number. */
  paragraph: number;
  /** Offsets into the paragraph's plain text (mdast-util-to-string). */
  start: number;
  end: number;
  /** The text expected at those offsets; a mention whose text differs is left unlinked. */
  surface?: string;
}

export interface Options {
  mentions: LinkableMention[];
  /** The URL of an entity page, base path included. */
  href: (key: EntityKey) => string;
  /** Extra hast properties for each link (class, data attributes). */
  properties?: (key: EntityKey) => Record<string, string>;
}

export default function remarkLinkMentions(options: Options) {
  return (tree: Root) => {
    const byParagraph = new Map<number, LinkableMention[]>();
    for (const mention of options.mentions) {
      const list = byParagraph.get(mention.paragraph) ?? [];
      list.push(mention);
      byParagraph.set(mention.paragraph, list);
    }
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      number++;
      const mentions = byParagraph.get(number);
      if (mentions) linkParagraph(node, [...mentions].sort((a, b) => a.start - b.start), options);
    }
  };
}

/** Walks the paragraph's phrasing content in reading order, keeping the plain-text offset. */
function linkParagraph(paragraph: Paragraph, mentions: LinkableMention[], options: Options): void {
  let offset = 0;
  let next = 0;
  /** The entities linked in this paragraph so far: a later mention of one stays text. */
  const linked = new Set<EntityKey>();
  const walk = (parent: { children: PhrasingContent[] }, insideLink: boolean) => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!;
      if (child.type === 'text') {
        const start = offset;
        offset += child.value.length;
        if (insideLink) continue;
        const inside: LinkableMention[] = [];
        while (next < mentions.length && mentions[next]!.start < offset) {
          const mention = mentions[next]!;
          if (mention.start >= start && mention.end <= offset) inside.push(mention);
          next++;
        }
        if (inside.length === 0) continue;
        const replacement = splitText(child, start, inside, linked, options);
        parent.children.splice(index, 1, ...replacement);
        index += replacement.length - 1;
      } else if ('value' in child) {
        offset += child.value.length;
      } else if ('children' in child) {
        walk(child as { children: PhrasingContent[] }, insideLink || child.type === 'link' || child.type === 'linkReference');
      } else if (child.type === 'image' || child.type === 'imageReference') {
        offset += child.alt?.length ?? 0;
      }
    }
  };
  walk(paragraph, false);
}

function splitText(node: Text, nodeStart: number, mentions: LinkableMention[], linked: Set<EntityKey>, options: Options): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const from = mention.start - nodeStart;
    const to = mention.end - nodeStart;
    if (from < cursor || linked.has(mention.key)) continue;
    if (mention.surface !== undefined && node.value.slice(from, to) !== mention.surface) continue;
    linked.add(mention.key);
    if (from > cursor) out.push({ type: 'text', value: node.value.slice(cursor, from) });
    const link: Link = {
      type: 'link',
      url: options.href(mention.key),
      children: [{ type: 'text', value: node.value.slice(from, to) }],
    };
    const properties = options.properties?.(mention.key);
    if (properties) link.data = { hProperties: properties };
    out.push(link);
    cursor = to;
  }
  if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
  return out;
}
