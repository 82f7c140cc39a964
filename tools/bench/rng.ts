// The benchmark corpora's randomness: a small seeded generator (mulberry32) and the draws the generators use
// (integers, picks, chances, Zipf ranks), so the same seed gives the same corpus on every machine.

/** A small fast PRNG (mulberry32): the same seed gives the same stream on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A Zipf-distributed index in [0, n) for the cumulative weights `cdf` (see zipfCdf). */
  zipf(cdf: Float64Array): number {
    const u = this.next() * (cdf[cdf.length - 1] as number);
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Cumulative weights of ranks 1…n under Zipf's law with exponent s. */
export function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return cdf;
}

/** The generator for item `index` of a corpus: depends only on the seed, the index and the attempt. */
export function itemRng(seed: number, index: number, attempt: number): Rng {
  return new Rng(mulberry32((seed * 0x9e3779b1 + index * 0x85ebca6b + attempt * 0x27d4eb2f) >>> 0));
}
