// Entity suggestions: matches what a reader types against every entity's name and aliases with folded
// words, prefixes and a bounded edit distance, so small typos and other transliterations still find it.
import type { EntityType } from '../types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { foldWords } from './fold-name.ts';

/** One entity of /names.json: [type, name, slug, ...aliases]. */
export type NameEntry = [EntityType, string, string, ...string[]];

export interface NamesIndex {
  entities: NameEntry[];
}

export interface Suggestion {
  type: EntityType;
  name: string;
  slug: string;
  /** The alias that matched, when it was not the name. */
  alias?: string;
  /** Lower is better: 0 is an exact match of every word. */
  score: number;
}

/** Edits allowed for a typed word of this length: none for 1–2 letters, one up to 5, two beyond. */
export function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/** The cost of one typed word against one word of a name, or undefined when they do not match. */
function wordCost(typed: string, word: string, last: boolean): number | undefined {
  if (typed === word) return 0;
  if (last && word.startsWith(typed)) return 0.5;
  if (/\d/.test(typed) || /\d/.test(word)) return undefined;
  const bound = allowedEdits(typed.length);
  if (bound === 0) return undefined;
  const whole = editDistance(typed, word, bound);
  // A typo in the last, unfinished word: compare with the start of the name's word.
  const start = last && word.length > typed.length ? editDistance(typed, word.slice(0, typed.length), bound) + 0.5 : Infinity;
  const cost = Math.min(whole, start);
  return cost <= bound ? cost : undefined;
}

/** The cost of the typed words against one name (each typed word must match a different word), or undefined. */
function nameCost(typed: string[], words: string[]): number | undefined {
  const used = new Set<number>();
  let total = 0;
  for (const [i, word] of typed.entries()) {
    let best: { cost: number; at: number } | undefined;
    for (const [at, candidate] of words.entries()) {
      if (used.has(at)) continue;
      const cost = wordCost(word, candidate, i === typed.length - 1);
      if (cost !== undefined && (!best || cost < best.cost)) best = { cost, at };
    }
    if (!best) return undefined;
    used.add(best.at);
    total += best.cost;
  }
  // Words of the name the reader did not type count a little, so "Velmor Front" comes before "Velmor Front politburo".
  return total + (words.length - used.size) * 0.1;
}

export interface NameMatcher {
  (query: string, limit?: number): Suggestion[];
}

/** Folds every name once, then answers queries. */
export function nameMatcher(index: NamesIndex): NameMatcher {
  const folded = index.entities.map(([type, name, slug, ...aliases]) => ({
    type,
    name,
    slug,
    forms: [name, ...aliases].map((form) => ({ form, words: foldWords(form) })),
  }));
  return (query, limit = 6) => {
    const typed = foldWords(query);
    if (typed.length === 0) return [];
    const found: Suggestion[] = [];
    for (const entity of folded) {
      let best: Suggestion | undefined;
      for (const [i, { form, words }] of entity.forms.entries()) {
        const cost = nameCost(typed, words);
        if (cost === undefined || (best && best.score <= cost)) continue;
        best = { type: entity.type, name: entity.name, slug: entity.slug, score: cost, ...(i > 0 ? { alias: form } : {}) };
      }
      if (best) found.push(best);
    }
    return found.sort((a, b) => a.score - b.score || a.name.length - b.name.length || a.name.localeCompare(b.name)).slice(0, limit);
  };
}
