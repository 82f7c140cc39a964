// Finds the names of pages in a text in one pass over its tokens: every surface form sits in one token
// trie, so the cost of a text does not grow with the number of pages (a regex alternation of thousands of
// names, rebuilt and retried at every position, made prose rendering the slowest part of the build).
// Matches are whole words, case-sensitive, leftmost, and the longest at each position.
import type { EntityKey } from '../types.ts';
import { tokenize } from '../text/tokenize.ts';

export interface NameMatch {
  start: number;
  end: number;
  key: EntityKey;
}

interface Node {
  next: Map<string, Node>;
  key?: EntityKey;
}

/** A token as a trie step: "+" before a token the surface wrote directly after the previous one, " " after white space. */
function step(joined: boolean, text: string): string {
  return (joined ? '+' : ' ') + text;
}

export class NameMatcher {
  private readonly root: Node = { next: new Map() };
  readonly size: number;

  /** A later surface that is written the same way takes the name over, as a later map entry would. */
  constructor(names: Iterable<{ surface: string; key: EntityKey }>) {
    let size = 0;
    for (const { surface, key } of names) {
      const tokens = tokenize(surface);
      if (tokens.length === 0) continue;
      let node = this.root;
      for (let i = 0; i < tokens.length; i++) {
        const joined = i > 0 && tokens[i]!.start === tokens[i - 1]!.end;
        const edge = step(joined, tokens[i]!.text);
        let child = node.next.get(edge);
        if (!child) {
          child = { next: new Map() };
          node.next.set(edge, child);
        }
        node = child;
      }
      node.key = key;
      size++;
    }
    this.size = size;
  }

  /** Every name in the text, left to right, never overlapping. */
  *matches(text: string): Generator<NameMatch> {
    const tokens = tokenize(text);
    let i = 0;
    while (i < tokens.length) {
      let node = this.root.next.get(step(false, tokens[i]!.text));
      let found: NameMatch | undefined;
      for (let j = i; node; ) {
        if (node.key !== undefined) found = { start: tokens[i]!.start, end: tokens[j]!.end, key: node.key };
        const next = tokens[++j];
        if (!next) break;
        const gap = text.slice(tokens[j - 1]!.end, next.start);
        if (gap !== '' && gap.trim() !== '') break;
        node = node.next.get(step(gap === '', next.text));
      }
      if (found) {
        yield found;
        while (i < tokens.length && tokens[i]!.start < found.end) i++;
      } else {
        i++;
      }
    }
  }
}
