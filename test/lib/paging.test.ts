// Paging of hub lists: a short first page on the entity page, longer sub-pages, every item on exactly one page.
import { describe, expect, it } from 'vitest';
import { pageCount, pageRange } from '../../src/lib/paging.ts';

describe('paging', () => {
  const paging = { first: 20, rest: 100 };

  it('fits a short list on the entity page alone', () => {
    expect(pageCount(0, paging)).toBe(1);
    expect(pageCount(20, paging)).toBe(1);
  });

  it('puts every item on exactly one page, in order', () => {
    for (const total of [21, 120, 121, 1000]) {
      const seen: number[] = [];
      for (let page = 1; page <= pageCount(total, paging); page++) {
        const [start, end] = pageRange(page, paging);
        for (let i = start; i < Math.min(end, total); i++) seen.push(i);
        expect(start).toBeLessThan(total);
      }
      expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
    }
  });

  it('starts page 2 after the first page and gives it the longer length', () => {
    expect(pageRange(2, paging)).toEqual([20, 120]);
    expect(pageRange(3, paging)).toEqual([120, 220]);
    expect(pageCount(121, paging)).toBe(3);
  });
});
