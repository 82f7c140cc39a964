// The route data of /graph/: the most-mentioned entities laid out as a network, and the paragraphs they
// share as its edges; drawn twice, wide for screens and with fewer nodes in a tall frame for phones, each
// with its labels placed clear of one another and inside the frame.
import type { EntityKey } from '../../kb/types.ts';
import { ENTITY_TYPES } from '../../kb/types.ts';
import type { Graph } from '../../kb/graph/build-graph.ts';
import { STORY_GRAPH_NODES, STORY_GRAPH_NODES_NARROW } from '../bounds.ts';
import { forceLayout, placeLabels, type PlacedLabel, type PlacedNode } from '../graph-layout.ts';
import type { Knowledge } from '../knowledge.ts';
import { shortLabel } from '../../kb/text/short-label.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface StoryNode extends PlacedNode {
  name: string;
  mentions: number;
  /** The name as drawn (shortened to fit) and where. */
  label: PlacedLabel & { text: string };
}

export interface StoryDrawing {
  width: number;
  height: number;
  nodes: StoryNode[];
  /** Pairs of nodes with the number of paragraphs they share. */
  edges: { from: StoryNode; to: StoryNode; weight: number }[];
}

export interface GraphPageData extends RouteData {
  /** For wide screens. */
  wide: StoryDrawing;
  /** For phones: fewer nodes in a frame as wide as the screen. */
  narrow: StoryDrawing;
}

function drawing(graph: Graph, ranked: EntityKey[], count: (key: EntityKey) => number, size: [number, number], labelLength: number): StoryDrawing {
  const [width, height] = size;
  const chosen = new Set(ranked);
  const relations = graph.relations.filter((r) => chosen.has(r.from) && chosen.has(r.to));
  const placed = forceLayout(ranked.map((key) => ({ key, mentions: count(key) })), relations, width, height).map((node) => ({
    ...node,
    name: graph.entities.get(node.key)!.data.name,
    label: shortLabel(graph.entities.get(node.key)!.data.name, labelLength),
  }));
  const labels = placeLabels(placed, width, height);
  const nodes: StoryNode[] = placed.map((node, i) => ({ ...node, mentions: count(node.key), label: { ...labels[i]!, text: node.label } }));
  const at = new Map(nodes.map((n) => [n.key, n]));
  return { width, height, nodes, edges: relations.map((r) => ({ from: at.get(r.from)!, to: at.get(r.to)!, weight: r.weight })) };
}

export function graphPage({ graph }: Knowledge): GraphPageData {
  const count = (key: EntityKey) => graph.mentionsOf.get(key)?.length ?? 0;
  const top = ENTITY_TYPES.flatMap((type) => graph.ranked.get(type) ?? [])
    .filter((key) => count(key) > 0)
    .sort((a, b) => count(b) - count(a) || a.localeCompare(b))
    .slice(0, STORY_GRAPH_NODES);
  return {
    ...routeData(graph),
    wide: drawing(graph, top, count, [960, 640], 22),
    narrow: drawing(graph, top.slice(0, STORY_GRAPH_NODES_NARROW), count, [360, 620], 16),
  };
}
