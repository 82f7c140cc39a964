// Deterministic node-link layouts computed at build time: a radial one for an entity's neighbourhood and a
// force-directed one (d3-force, fixed iteration count, deterministic start) for the whole story.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { EntityKey } from '../kb/types.ts';

export interface PlacedNode {
  key: EntityKey;
  x: number;
  y: number;
  /** Node radius. */
  r: number;
}

export interface Edge {
  from: EntityKey;
  to: EntityKey;
  weight: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The centre entity in the middle, its neighbours on a circle, strongest first from the top, clockwise. */
export function radialLayout(
  centre: EntityKey,
  neighbours: { key: EntityKey; weight: number }[],
  width: number,
  height: number,
): PlacedNode[] {
  const [cx, cy] = [width / 2, height / 2];
  const [rx, ry] = [width / 2 - 130, height / 2 - 40];
  const max = Math.max(1, ...neighbours.map((n) => n.weight));
  const placed: PlacedNode[] = [{ key: centre, x: cx, y: cy, r: 12 }];
  neighbours.forEach((neighbour, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / neighbours.length;
    placed.push({
      key: neighbour.key,
      x: round(cx + rx * Math.cos(angle)),
      y: round(cy + ry * Math.sin(angle)),
      r: round(4 + 5 * (neighbour.weight / max)),
    });
  });
  return placed;
}

interface SimNode extends SimulationNodeDatum {
  key: EntityKey;
  mentions: number;
}

/** A force-directed layout of the given nodes and edges, fitted into width × height with a margin. */
export function forceLayout(nodes: { key: EntityKey; mentions: number }[], edges: Edge[], width: number, height: number): PlacedNode[] {
  const sim: SimNode[] = nodes.map((node) => ({ ...node }));
  const max = Math.max(1, ...nodes.map((n) => n.mentions));
  const radius = (n: SimNode) => 5 + 10 * Math.sqrt(n.mentions / max);
  const simulation = forceSimulation(sim)
    .force('link', forceLink<SimNode, { source: EntityKey; target: EntityKey; weight: number }>(edges.map((e) => ({ source: e.from, target: e.to, weight: e.weight }))).id((n) => n.key).distance(140).strength(0.2))
    .force('charge', forceManyBody().strength(-900))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.06))
    .force('collide', forceCollide<SimNode>((n) => radius(n) + 48).iterations(3))
    .stop();
  simulation.tick(300);
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 90;
  const scale = Math.min((width - 2 * margin) / Math.max(1, maxX - minX), (height - 2 * margin) / Math.max(1, maxY - minY));
  return sim.map((n) => ({
    key: n.key,
    x: round(width / 2 + ((n.x ?? 0) - (minX + maxX) / 2) * scale),
    y: round(height / 2 + ((n.y ?? 0) - (minY + maxY) / 2) * scale),
    r: round(radius(n)),
  }));
}
