// What a place page's locator map shows: the place's coordinates and the places within it that have some.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { PageRecord } from '../../kb/content/content-model.ts';
import { coordinatesOf, type LatLon } from '../place-coordinates.ts';
import type { MapPoint } from '../geo-map.ts';
import { entityUrl } from '../urls.ts';

export interface PlaceLocatorData {
  page: PageRecord;
  at: LatLon;
  within: MapPoint[];
}

/** Undefined for a place without coordinates (and for any other page). */
export function placeLocator(graph: Graph, page: PageRecord): PlaceLocatorData | undefined {
  const at = page.type === 'place' ? coordinatesOf(page) : undefined;
  if (!at) return undefined;
  const within = (graph.contains.get(page.key) ?? [])
    .map((key) => graph.entities.get(key)!)
    .flatMap((p) => {
      const c = coordinatesOf(p);
      return c ? [{ at: c, name: p.data.name, href: entityUrl(p.key) }] : [];
    });
  return { page, at, within };
}
