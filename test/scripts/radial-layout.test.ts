// src/scripts/radial-layout.ts, the layout of an entity's neighbourhood drawing (drawn in the browser):
// every side node leaves room for its label inside the drawing.
import { describe, expect, it } from 'vitest';
import { LOCAL_LABEL, radialLayout } from '../../src/scripts/radial-layout.ts';

const FONT = 13;
const CHAR = 0.58;

describe('radialLayout', () => {
  it('leaves room beside every side node for a label of LOCAL_LABEL characters, inside the drawing', () => {
    for (const count of [3, 7, 10]) {
      const neighbours = Array.from({ length: count }, (_, i) => ({ weight: count - i }));
      const [centre, ...placed] = radialLayout(neighbours, 560, 340);
      for (const node of placed) {
        if (Math.abs(node.x - centre!.x) <= 1) continue;
        const room = node.x > centre!.x ? 560 - (node.x + node.r + 5) : node.x - node.r - 5;
        expect(room, `${count} neighbours, node at x ${node.x}`).toBeGreaterThanOrEqual(LOCAL_LABEL * FONT * CHAR);
      }
    }
  });
});
