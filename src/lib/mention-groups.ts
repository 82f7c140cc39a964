// An entity's mentions grouped by article (newest first), one quote per sentence, and split into pages:
// the entity page shows page 1, /<type>/<slug>/mentions/<n>/ the rest.
import type { Graph, MentionRef } from '../kb/graph/build-graph.ts';
import type { EntityKey } from '../kb/types.ts';
import { MENTIONS_PER_PAGE } from './bounds.ts';

export { MENTIONS_PER_PAGE };

export interface MentionGroup {
  slug: string;
  quotes: MentionRef[];
}

export function mentionGroups(graph: Graph, key: EntityKey): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const bySlug = new Map<string, MentionRef[]>();
  for (const mention of graph.mentionsOf.get(key) ?? []) {
    let list = bySlug.get(mention.article);
    if (!list) {
      list = [];
      bySlug.set(mention.article, list);
      groups.push({ slug: mention.article, quotes: list });
    }
    // One quote per sentence: a sentence naming the entity twice is shown once.
    if (!list.some((other) => other.paragraph === mention.paragraph && other.sentence === mention.sentence)) list.push(mention);
  }
  return groups;
}

/** How many pages of `perPage` a list of `total` items fills (at least one). */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
