// Medians, ranges and marginal costs of paired benchmark runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginal, median, medianRecord, spread } from '../../../tools/bench/stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('lies between the smallest and the largest value, and half the values are on each side', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const m = median(values);
        const { min, max } = spread(values);
        expect(m).toBeGreaterThanOrEqual(min);
        expect(m).toBeLessThanOrEqual(max);
        expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(values.length / 2);
        expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe('medianRecord', () => {
  it('takes the median of every number field, nested, and the rest from the first record', () => {
    const runs = [
      { n: 1000, kind: 'desk', astro: { wallS: 30, cpuS: 40 }, files: ['a'] },
      { n: 1000, kind: 'desk', astro: { wallS: 20, cpuS: 44 }, files: ['b'] },
      { n: 1000, kind: 'desk', astro: { wallS: 26, cpuS: 41 }, files: ['c'] },
    ];
    expect(medianRecord(runs)).toEqual({ n: 1000, kind: 'desk', astro: { wallS: 26, cpuS: 41 }, files: ['a'] });
  });
});

describe('marginal', () => {
  it('is the cost of one more article between two sizes', () => {
    expect(marginal({ n: 1000, value: 30 }, { n: 5000, value: 90 })).toBeCloseTo(0.015);
    expect(marginal({ n: 5000, value: 90 }, { n: 1000, value: 30 })).toBeCloseTo(0.015);
    expect(() => marginal({ n: 10, value: 1 }, { n: 10, value: 2 })).toThrow(/two different sizes/);
  });

  it('recovers the slope of a linear cost whatever its fixed part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, dn, fixed, slope) => {
        const cost = (n: number) => fixed + slope * n;
        expect(marginal({ n: n1, value: cost(n1) }, { n: n1 + dn, value: cost(n1 + dn) })).toBeCloseTo(slope, 6);
      }),
    );
  });
});
