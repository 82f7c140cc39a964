// Finds the names of pages in a text in one pass over its tokens: every surface form sits in one token
// trie, so the cost of a text does not grow with the number of pages (a regex alternation of thousands of
// names, rebuilt and retried at every position, made prose rendering the slowest part of the build).
// Matches are whole words, case-sensitive, leftmost, and the longest at each position.
import type { EntityKey } from '../types.ts';
import { TokenTrie } from '../text/token-trie.ts';
import { tokenize } from '../text/tokenize.ts';

export interface NameMatch {
  start: number;
  end: number;
  key: EntityKey;
}

/** A token as a trie step: "+" before a token the surface wrote directly after the previous one, " " after white space. */
function step(joined: boolean, text: string): string {
  return (joined ? '+' : ' ') + text;
}

export class NameMatcher {
  private readonly trie = new TokenTrie<{ key: EntityKey }>();
  readonly size: number;

  /** A later surface that is written the same way takes the name over, as a later map entry would. */
  constructor(names: Iterable<{ surface: string; key: EntityKey }>) {
    let size = 0;
    for (const { surface, key } of names) {
      const tokens = tokenize(surface);
      if (tokens.length === 0) continue;
      const steps = tokens.map((token, i) => step(i > 0 && token.start === tokens[i - 1]!.end, token.text));
      this.trie.at(steps, () => ({ key })).key = key;
      size++;
    }
    this.size = size;
  }

  /** Every name in the text, left to right, never overlapping. */
  *matches(text: string): Generator<NameMatch> {
    const tokens = tokenize(text);
    let i = 0;
    while (i < tokens.length) {
      const first = i;
      const found = this.trie.longest(first, (j) => {
        const token = tokens[j];
        if (!token) return undefined;
        if (j === first) return step(false, token.text);
        const gap = text.slice(tokens[j - 1]!.end, token.start);
        return gap === '' || gap.trim() === '' ? step(gap === '', token.text) : undefined;
      });
      if (found) {
        const end = tokens[found.last]!.end;
        yield { start: tokens[first]!.start, end, key: found.value.key };
        while (i < tokens.length && tokens[i]!.start < end) i++;
      } else {
        i++;
      }
    }
  }
}
