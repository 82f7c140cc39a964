// Story graph labels: placed inside the drawing and clear of each other and of other nodes where the
// drawing leaves room, for crowded invented layouts in a wide and in a phone-sized frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/lib/graph-layout.ts';
import type { EntityKey } from '../../src/kb/types.ts';

const FONT = 13;
const CHAR = 0.58;
const box = (label: { x: number; y: number; anchor: string }, text: string) => {
  const w = text.length * FONT * CHAR;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { left, right: left + w, top: label.y - FONT * 0.8, bottom: label.y + FONT * 0.2 };
};

describe('placeLabels', () => {
  it('keeps every label inside the frame when a place inside exists', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 10, max: 350 }), y: fc.integer({ min: 10, max: 600 }), label: fc.string({ minLength: 1, maxLength: 16 }) }), { minLength: 1, maxLength: 18 }), (raw) => {
        const nodes = raw.map((n, i) => ({ key: `party/n${i}` as EntityKey, x: n.x, y: n.y, r: 6, label: n.label }));
        placeLabels(nodes, 360, 620).forEach((label, i) => {
          const b = box(label, nodes[i]!.label);
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(360);
        });
      }),
    );
  });

  it('moves a label off its default place below the node when that place is taken', () => {
    const nodes = [
      { key: 'party/a' as EntityKey, x: 200, y: 100, r: 8, label: 'Velmor Front' },
      { key: 'party/b' as EntityKey, x: 200, y: 125, r: 8, label: 'Harbour Union' },
    ];
    const [first, second] = placeLabels(nodes, 400, 300);
    expect(first!.y).toBeLessThan(100);
    const [a, b] = [box(first!, nodes[0]!.label), box(second!, nodes[1]!.label)];
    expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).toBe(true);
  });
});
