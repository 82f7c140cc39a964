// Facet counts for /search/: each filter group counted under the query and every other chosen filter but
// not its own, so a count always says how many results choosing that value would show.
import type { Pagefind, SearchResponse } from './search-engine.ts';

export const FACETS = ['type', 'kind', 'year', 'outlet'] as const;
export type Facet = (typeof FACETS)[number];
export type Counts = Record<string, number>;

export async function facetCounts(
  engine: Pagefind,
  query: string | null,
  filters: Partial<Record<Facet, string>>,
  found: SearchResponse,
): Promise<Record<Facet, Counts>> {
  const counts = {} as Record<Facet, Counts>;
  for (const facet of FACETS) {
    if (!filters[facet]) {
      counts[facet] = found.filters[facet] ?? {};
      continue;
    }
    const others = Object.fromEntries(Object.entries(filters).filter(([key, value]) => key !== facet && value)) as Record<string, string>;
    counts[facet] = (await engine.search(query, { filters: others })).filters[facet] ?? {};
  }
  return counts;
}

/** Refills a facet's <select>: "any", then every value with results (and the chosen one), with counts. */
export function fillSelect(select: HTMLSelectElement, counts: Counts, chosen: string): void {
  const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || value === chosen);
  if (chosen && !values.includes(chosen)) values.push(chosen);
  values.sort((a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(b) - Number(a) : a.localeCompare(b)));
  const any = new Option('any', '');
  const options = values.map((value) => new Option(`${value} (${counts[value] ?? 0})`, value));
  select.replaceChildren(any, ...options);
  select.value = chosen;
  select.closest('label')!.hidden = values.length === 0;
}
