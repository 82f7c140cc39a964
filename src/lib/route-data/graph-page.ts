// The route data of /graph/: the most-mentioned entities laid out as a network, and the paragraphs they
// share as its edges.
import type { EntityKey } from '../../kb/types.ts';
import { ENTITY_TYPES } from '../../kb/types.ts';
import { STORY_GRAPH_NODES } from '../bounds.ts';
import { forceLayout, type PlacedNode } from '../graph-layout.ts';
import type { Knowledge } from '../knowledge.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface StoryNode extends PlacedNode {
  name: string;
  mentions: number;
}

export interface GraphPageData extends RouteData {
  width: number;
  height: number;
  nodes: StoryNode[];
  /** Pairs of nodes with the number of paragraphs they share. */
  edges: { from: StoryNode; to: StoryNode; weight: number }[];
}

export function graphPage({ graph }: Knowledge): GraphPageData {
  const count = (key: EntityKey) => graph.mentionsOf.get(key)?.length ?? 0;
  const top = ENTITY_TYPES.flatMap((type) => graph.ranked.get(type) ?? [])
    .filter((key) => count(key) > 0)
    .sort((a, b) => count(b) - count(a) || a.localeCompare(b))
    .slice(0, STORY_GRAPH_NODES);
  const chosen = new Set(top);
  const relations = graph.relations.filter((r) => chosen.has(r.from) && chosen.has(r.to));
  const [width, height] = [960, 640];
  const nodes = forceLayout(top.map((key) => ({ key, mentions: count(key) })), relations, width, height).map((node) => ({
    ...node,
    name: graph.entities.get(node.key)!.data.name,
    mentions: count(node.key),
  }));
  const at = new Map(nodes.map((n) => [n.key, n]));
  return { ...routeData(graph), width, height, nodes, edges: relations.map((r) => ({ from: at.get(r.from)!, to: at.get(r.to)!, weight: r.weight })) };
}
