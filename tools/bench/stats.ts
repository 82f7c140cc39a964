// The arithmetic of paired benchmark runs: medians and ranges of repeated measures (wall times vary by ±15 %
// on a shared machine), the median of same-shaped figure records, and the marginal cost of one more article
// between two corpus sizes.

/** The median of `values` (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Records of the same shape combined field by field: every number the median of that field over the records,
 * everything else (strings, lists) taken from the first record.
 */
export function medianRecord<T>(records: readonly T[]): T {
  const first = records[0] as T;
  if (records.length === 1) return first;
  if (typeof first === 'number') return median(records as readonly number[]) as T;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return first;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) out[key] = medianRecord(records.map((r) => (r as Record<string, unknown>)[key]));
  return out as T;
}

export interface SizePoint {
  n: number;
  value: number;
}

/** (value(N2) − value(N1)) / (N2 − N1): what one more article costs between two sizes. */
export function marginal(a: SizePoint, b: SizePoint): number {
  if (a.n === b.n) throw new Error(`marginal cost needs two different sizes (both are ${a.n})`);
  return (b.value - a.value) / (b.n - a.n);
}
