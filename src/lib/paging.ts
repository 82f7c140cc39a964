// Lists split into numbered pages: page 1 (on the entity page) holds `first` items, every later page `rest`.

export interface Paging {
  first: number;
  rest: number;
}

/** How many pages a list of `total` items fills (at least one). */
export function pageCount(total: number, paging: Paging): number {
  return total <= paging.first ? 1 : 1 + Math.ceil((total - paging.first) / paging.rest);
}

/** The [start, end) item indexes page `page` (1-based) shows. */
export function pageRange(page: number, paging: Paging): [number, number] {
  if (page === 1) return [0, paging.first];
  const start = paging.first + (page - 2) * paging.rest;
  return [start, start + paging.rest];
}
