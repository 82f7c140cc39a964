// Where a place is: the page's own `coordinates` when an editor set them, else what the engine's reference data
// says of the page's name or one of its aliases (a country's centre, a capital's or another city's position).
import type { PageRecord } from '../kb/content/content-model.ts';
import { referenceCoordinates, type LatLon } from '../kb/extract/reference-data.ts';

export type { LatLon } from '../kb/extract/reference-data.ts';

/** A place's [latitude, longitude], or undefined when nothing says where it is. */
export function coordinatesOf(page: PageRecord): LatLon | undefined {
  if (page.type !== 'place') return undefined;
  const data = page.data;
  if ('coordinates' in data && data.coordinates) return data.coordinates;
  return referenceCoordinates([data.name, ...data.aliases]);
}
