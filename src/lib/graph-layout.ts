// Deterministic node-link layouts computed at build time: a force-directed one (d3-force, fixed iteration
// count, deterministic start) for the whole story, and the placing of its labels so that none overlaps another
// label or a node, or runs past the drawing's edge. (An entity's neighbourhood: radial-layout.ts.)
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
const STRETCH = 1.8;

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
  // A layout wider than tall in a tall frame (a phone's) is turned a quarter, and each axis may stretch up to
  // STRETCH times the other's scale to fill the frame: the same topology, with room for the labels.
  const span = (values: number[]) => Math.max(...values) - Math.min(...values);
  const [simX, simY] = [sim.map((n) => n.x ?? 0), sim.map((n) => n.y ?? 0)];
  const turn = (span(simX) - span(simY)) * (width - height) < 0;
  const [xs, ys] = turn ? [simY, simX] : [simX, simY];
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = Math.min(90, width * 0.12);
  const sx = (width - 2 * margin) / Math.max(1, maxX - minX);
  const sy = (height - 2 * margin) / Math.max(1, maxY - minY);
  const scale = Math.min(sx, sy);
  const [scaleX, scaleY] = [Math.min(sx, scale * STRETCH), Math.min(sy, scale * STRETCH)];
  return sim.map((n, i) => ({
    key: n.key,
    x: round(width / 2 + (xs[i]! - (minX + maxX) / 2) * scaleX),
    y: round(height / 2 + (ys[i]! - (minY + maxY) / 2) * scaleY),
    r: round(radius(n)),
  }));
}

export interface PlacedLabel {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * A place for each node's label, most important node first (the order given): below, above, right or left of
 * its circle or at a slant from it, the first that stays inside the drawing and clear of the labels placed
 * before and of every node; where none is clear, the one overlapping least. Label widths are estimated from the character count
 * (`charWidth` × font size: a sans-serif's average), as nothing measures text at build time.
 */
export function placeLabels(nodes: (PlacedNode & { label: string })[], width: number, height: number, fontSize = 13, charWidth = 0.58): PlacedLabel[] {
  const circles: Box[] = nodes.map((n) => ({ left: n.x - n.r, top: n.y - n.r, right: n.x + n.r, bottom: n.y + n.r }));
  const placed: Box[] = [];
  return nodes.map((node, index) => {
    const w = node.label.length * fontSize * charWidth;
    const h = fontSize;
    const gap = 4;
    const candidates: (PlacedLabel & { box: Box })[] = [
      { x: node.x, y: node.y + node.r + gap + h * 0.8, anchor: 'middle', box: { left: node.x - w / 2, top: node.y + node.r + gap, right: node.x + w / 2, bottom: node.y + node.r + gap + h } },
      { x: node.x, y: node.y - node.r - gap - h * 0.2, anchor: 'middle', box: { left: node.x - w / 2, top: node.y - node.r - gap - h, right: node.x + w / 2, bottom: node.y - node.r - gap } },
      { x: node.x + node.r + gap, y: node.y + h * 0.35, anchor: 'start', box: { left: node.x + node.r + gap, top: node.y - h / 2, right: node.x + node.r + gap + w, bottom: node.y + h / 2 } },
      { x: node.x - node.r - gap, y: node.y + h * 0.35, anchor: 'end', box: { left: node.x - node.r - gap - w, top: node.y - h / 2, right: node.x - node.r - gap, bottom: node.y + h / 2 } },
      ...([1, -1] as const).flatMap((down) =>
        ([1, -1] as const).map((side): PlacedLabel & { box: Box } => {
          const top = down > 0 ? node.y + node.r * 0.7 : node.y - node.r * 0.7 - h;
          const left = side > 0 ? node.x + node.r * 0.7 : node.x - node.r * 0.7 - w;
          return { x: side > 0 ? left : left + w, y: top + h * 0.8, anchor: side > 0 ? 'start' : 'end', box: { left, top, right: left + w, bottom: top + h } };
        }),
      ),
    ];
    const inside = candidates.filter(({ box }) => box.left >= 1 && box.top >= 1 && box.right <= width - 1 && box.bottom <= height - 1);
    const cost = ({ box }: { box: Box }) =>
      placed.reduce((sum, other) => sum + overlap(box, other), 0) + circles.reduce((sum, circle, i) => sum + (i === index ? 0 : overlap(box, circle)), 0);
    const best = (inside.length > 0 ? inside : candidates).reduce((a, b) => (cost(b) < cost(a) ? b : a));
    placed.push(best.box);
    return { x: round(best.x), y: round(best.y), anchor: best.anchor };
  });
}
