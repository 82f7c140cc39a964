// A trie over token steps, the one structure behind every "find all known names in one pass" of the engine:
// the gazetteer (extraction) and the name linker (editor prose) each put their surfaces in one, then walk
// a text's tokens once, taking the longest known name at each position. Hand-written because the walk is
// tied to the engine's tokens (tokenize.ts) and each user decides what a step is (a token, or a token with
// how it joins the previous one) and where a name may not continue (a line break, a gap); the Aho–Corasick
// packages on npm match characters, not tokens.

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}

export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map() };

  /** The value stored under a path of steps (created empty), for the caller to set or extend. */
  at(steps: readonly string[], create: () => V): V {
    let node = this.root;
    for (const step of steps) {
      let child = node.next.get(step);
      if (!child) {
        child = { next: new Map() };
        node.next.set(step, child);
      }
      node = child;
    }
    node.value ??= create();
    return node.value;
  }

  /**
   * The longest stored path starting at token `first`: `stepOf(j)` gives token j's step, or undefined where a
   * name cannot go on to token j (no token, or a gap). Returns the last token of the match and its value.
   */
  longest(first: number, stepOf: (token: number) => string | undefined): { last: number; value: V } | undefined {
    let found: { last: number; value: V } | undefined;
    let node: Node<V> | undefined = this.root;
    for (let j = first; ; j++) {
      const step = stepOf(j);
      if (step === undefined) break;
      node = node.next.get(step);
      if (!node) break;
      if (node.value !== undefined) found = { last: j, value: node.value };
    }
    return found;
  }
}
