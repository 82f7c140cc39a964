// An entity as a component links to it: its key and, when a page has that key, the page's name.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { EntityKey } from '../../kb/types.ts';

export interface EntityRef {
  key: EntityKey;
  /** Undefined when no page has this key. */
  name?: string | undefined;
}

export function entityRef(graph: Graph, key: EntityKey): EntityRef {
  return { key, name: graph.entities.get(key)?.data.name };
}

export function entityRefs(graph: Graph, keys: EntityKey[]): EntityRef[] {
  return keys.map((key) => entityRef(graph, key));
}
