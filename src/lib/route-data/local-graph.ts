// An entity's neighbourhood for its page's local graph: the entity and the ones it shares most
// paragraphs with, strongest first.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { EntityKey } from '../../kb/types.ts';
import { NEIGHBOURS_IN_GRAPH } from '../bounds.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';

export interface LocalGraphData {
  entity: EntityRef;
  /** Each with the number of paragraphs it shares with the centre. */
  neighbours: (EntityRef & { weight: number })[];
}

export function localGraph(graph: Graph, key: EntityKey): LocalGraphData {
  return {
    entity: entityRef(graph, key),
    neighbours: (graph.related.get(key) ?? []).slice(0, NEIGHBOURS_IN_GRAPH).map(({ key, weight }) => ({ ...entityRef(graph, key), weight })),
  };
}
