// The previous and next date page of each date page, in calendar order, from one pass over the graph.
import type { Graph } from '../kb/graph/build-graph.ts';
import type { EntityKey } from '../kb/types.ts';

const cache = new WeakMap<Graph, Map<EntityKey, { previous?: EntityKey; next?: EntityKey }>>();

export function dateNeighbours(graph: Graph, key: EntityKey): { previous?: EntityKey; next?: EntityKey } {
  let map = cache.get(graph);
  if (!map) {
    map = new Map();
    graph.dates.forEach((date, i) => {
      map!.set(date, {
        ...(i > 0 ? { previous: graph.dates[i - 1]! } : {}),
        ...(i < graph.dates.length - 1 ? { next: graph.dates[i + 1]! } : {}),
      });
    });
    cache.set(graph, map);
  }
  return map.get(key) ?? {};
}
