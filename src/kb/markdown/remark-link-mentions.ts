// remark plugin: links the mentions extraction found in an article's paragraphs to their entity pages, on
// the syntax tree: text nodes are split and `link` nodes inserted (never HTML strings). Only the first
// mention of an entity in each paragraph that can be linked is linked (one inside a link or code does not
// count), and nothing inside an existing link; of overlapping mentions the first that can be linked is, the
// longest first of those that start together. Offsets are into the paragraph's text in normal form, as
// extraction read it (paragraphsOf: white space collapsed, control characters dropped, NFC), and are mapped
// back to the text nodes as written, so a mention after a double space, a tab, a line break or a decomposed
// letter is found where it is.
import type { Link, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { EntityKey } from '../types.ts';
import { normaliseWithOffsets } from './normalised-offsets.ts';

export interface LinkableMention {
  key: EntityKey;
  /** 1-based top-level paragraph number. */
  paragraph: number;
  /** Offsets into the paragraph's plain text (mdast-util-to-string) in normal form, as paragraphsOf gives it. */
  start: number;
  end: number;
  /** The text expected at those offsets (in normal form); a mention whose text differs is left unlinked. */
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
      if (mentions) linkParagraph(node, [...mentions].sort((a, b) => a.start - b.start || b.end - a.end), options);
    }
  };
}

/** A piece of the paragraph's plain text, as mdast-util-to-string reads it; `in` when it is a text node a link may be made in. */
interface Piece {
  value: string;
  start: number;
  in?: { node: Text; parent: Parent };
}

/** Where a mention is linked: the range [from, to) of a text node's value. */
interface Cut {
  from: number;
  to: number;
  key: EntityKey;
}

function piecesOf(paragraph: Paragraph): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  const add = (value: string, place?: Piece['in']) => {
    pieces.push({ value, start: offset, ...(place ? { in: place } : {}) });
    offset += value.length;
  };
  const walk = (parent: Parent, insideLink: boolean) => {
    for (const child of parent.children) {
      if ('value' in child) add(child.value, child.type === 'text' && !insideLink ? { node: child, parent } : undefined);
      else if ('alt' in child && child.alt) add(child.alt);
      else if ('children' in child) walk(child, insideLink || child.type === 'link' || child.type === 'linkReference');
    }
  };
  walk(paragraph, false);
  return pieces;
}

/** Links the mentions (in reading order) that fall inside one text node outside links, one per entity. */
function linkParagraph(paragraph: Paragraph, mentions: LinkableMention[], options: Options): void {
  const pieces = piecesOf(paragraph);
  const normal = normaliseWithOffsets(pieces.map((piece) => piece.value).join(''));
  if (!normal) return;
  /** The entities linked in this paragraph so far: a later mention of one stays text. */
  const linked = new Set<EntityKey>();
  const cuts = new Map<Piece, Cut[]>();
  /** Where the last link ends, in the text as written: a mention that starts before it overlaps it. */
  let cursor = 0;
  for (const { key, start, end, surface } of mentions) {
    if (linked.has(key) || !(start >= 0 && start < end && end <= normal.text.length)) continue;
    if (surface !== undefined && normal.text.slice(start, end) !== surface) continue;
    const from = normal.from[start]!;
    const to = normal.to[end - 1]!;
    const piece = pieces.find((candidate) => candidate.in && candidate.start <= from && to <= candidate.start + candidate.value.length);
    if (from < cursor || !piece) continue;
    linked.add(key);
    cursor = to;
    cuts.set(piece, [...(cuts.get(piece) ?? []), { from: from - piece.start, to: to - piece.start, key }]);
  }
  for (const [piece, list] of cuts) {
    const { node, parent } = piece.in!;
    parent.children.splice(parent.children.indexOf(node), 1, ...splitText(node.value, list, options));
  }
}

function splitText(value: string, cuts: Cut[], options: Options): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const { from, to, key } of cuts) {
    if (from > cursor) out.push({ type: 'text', value: value.slice(cursor, from) });
    const link: Link = { type: 'link', url: options.href(key), children: [{ type: 'text', value: value.slice(from, to) }] };
    const properties = options.properties?.(key);
    if (properties) link.data = { hProperties: properties };
    out.push(link);
    cursor = to;
  }
  if (cursor < value.length) out.push({ type: 'text', value: value.slice(cursor) });
  return out;
}
