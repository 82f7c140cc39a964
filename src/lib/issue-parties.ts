// The parties involved in an issue: those its page names (`parties`), then those reported taking a
// position on it, in order of first appearance.
import type { Graph } from '../kb/graph/build-graph.ts';
import type { PageRecord } from '../kb/content/content-model.ts';
import { entityKey, type EntityKey } from '../kb/types.ts';

export function issueParties(graph: Graph, page: PageRecord): EntityKey[] {
  const keys = new Set<EntityKey>();
  if ('parties' in page.data) for (const slug of page.data.parties) keys.add(entityKey('party', slug));
  for (const position of graph.positionsOn.get(page.key) ?? []) keys.add(position.party);
  return [...keys].filter((key) => graph.entities.has(key));
}
