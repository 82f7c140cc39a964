// An entity's mentions grouped by article (newest first), one quote per sentence; the entity page shows
// the first of them, /<type>/<slug>/mentions/<n>/ the rest (see bounds.ts).
import type { Graph, MentionRef } from '../kb/graph/build-graph.ts';
import type { EntityKey } from '../kb/types.ts';

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
