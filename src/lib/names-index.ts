// The names index behind entity suggestions (/names.json): every entity's type, name, slug and aliases,
// nothing else, so it stays small enough to fetch on the first focus of a search box.
import type { Graph } from '../kb/graph/build-graph.ts';
import type { NameEntry, NamesIndex } from '../kb/search/match-names.ts';

export function namesIndex(graph: Graph): NamesIndex {
  const entities: NameEntry[] = [];
  for (const page of graph.entities.values()) {
    entities.push([page.type, page.data.name, page.slug, ...page.data.aliases]);
  }
  return { entities };
}
