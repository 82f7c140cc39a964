// A map drawn at build time: Natural Earth land and borders (world-atlas TopoJSON) projected with d3-geo
// onto a fixed-size SVG around the given points, clipped to the frame. No tiles, nothing fetched.
import { createRequire } from 'node:module';
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LatLon } from './place-coordinates.ts';

/** A place drawn on a map: a linked dot with its name as the title. */
export interface MapPoint {
  at: LatLon;
  name: string;
  href: string;
  /** Drawn larger: the place the map is about. */
  current?: boolean;
}

export interface DrawnMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  /** [x, y] in the SVG's coordinates. */
  project: (point: LatLon) => [number, number];
}

type Shapes = { land: GeoJSON.FeatureCollection | GeoJSON.Feature; borders: GeoJSON.MultiLineString };
const shapes = new Map<string, Shapes>();

/** Natural Earth at 1:50m for regional maps, 1:110m for the whole world (a tenth of the bytes, same look). */
function worldShapes(resolution: '50m' | '110m'): Shapes {
  const known = shapes.get(resolution);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const topology = require(`world-atlas/countries-${resolution}.json`) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const drawn = {
    land: feature(topology, topology.objects.land),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  shapes.set(resolution, drawn);
  return drawn;
}

/**
 * A map framing the points with at least `minSpan` degrees around them; with no points, or a span past
 * 120°, the whole world.
 */
export function drawMap(points: LatLon[], width: number, height: number, minSpan: number): DrawnMap {
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  const span = points.length === 0 ? 360 : Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
  let projection: GeoProjection;
  if (span > 120) {
    projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  } else {
    const half = Math.max(span * 0.6, minSpan / 2);
    const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
    const midLon = (Math.max(...lons) + Math.min(...lons)) / 2;
    const frame: GeoJSON.MultiPoint = {
      type: 'MultiPoint',
      coordinates: [
        [midLon - half, Math.max(-80, midLat - half)],
        [midLon + half, Math.min(80, midLat + half)],
      ],
    };
    projection = geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], frame);
  }
  projection.clipExtent([[0, 0], [width, height]]);
  const world = span > 120;
  const path = geoPath(projection).digits(world ? 0 : 1);
  const { land, borders } = worldShapes(world ? '110m' : '50m');
  return {
    width,
    height,
    land: path(land) ?? '',
    borders: path(borders) ?? '',
    project: (point) => {
      const xy = projection([point[1], point[0]]) ?? [0, 0];
      return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
    },
  };
}
