// The layout of an entity's neighbourhood drawing: the entity in the middle, its neighbours on an ellipse.
// Pure arithmetic with no dependency, so the page's script that draws it (local-graph.ts) carries
// only this.

export interface RadialNode {
  x: number;
  y: number;
  /** Node radius. */
  r: number;
}

/** Characters of a label in an entity's neighbourhood drawing. */
export const LOCAL_LABEL = 18;

/** The centre entity in the middle, its neighbours on a circle, strongest first from the top, clockwise. */
export function radialLayout(neighbours: { weight: number }[], width: number, height: number): RadialNode[] {
  const [cx, cy] = [width / 2, height / 2];
  // Room beside the side nodes for a label of LOCAL_LABEL characters (13 px type): none runs past the edge.
  const [rx, ry] = [width / 2 - 160, height / 2 - 40];
  const max = Math.max(1, ...neighbours.map((n) => n.weight));
  const placed: RadialNode[] = [{ x: cx, y: cy, r: 12 }];
  neighbours.forEach((neighbour, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / neighbours.length;
    placed.push({
      x: Math.round(cx + rx * Math.cos(angle)),
      y: Math.round(cy + ry * Math.sin(angle)),
      r: Math.round(4 + 5 * (neighbour.weight / max)),
    });
  });
  return placed;
}
