// The route data of /map/: every place with coordinates (most mentioned first), and the places without.
import type { Knowledge } from '../knowledge.ts';
import type { MapPoint } from '../geo-map.ts';
import { coordinatesOf } from '../place-coordinates.ts';
import { entityUrl } from '../urls.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface MapPageData extends RouteData {
  places: (MapPoint & { mentions: number })[];
  unplaced: EntityRef[];
}

export function mapPage({ graph }: Knowledge): MapPageData {
  const places: MapPageData['places'] = [];
  const unplaced: EntityRef[] = [];
  for (const key of graph.ranked.get('place') ?? []) {
    const page = graph.entities.get(key)!;
    const at = coordinatesOf(page);
    if (at) places.push({ at, name: page.data.name, href: entityUrl(key), mentions: graph.mentionsOf.get(key)?.length ?? 0 });
    else unplaced.push(entityRef(graph, key));
  }
  return { ...routeData(graph), places, unplaced };
}
