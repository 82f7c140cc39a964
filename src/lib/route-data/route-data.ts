// What the route data of every page holds: the counts the layout's header navigation shows.
import type { Graph } from '../../kb/graph/build-graph.ts';
import { ENTITY_TYPES } from '../../kb/types.ts';

/** The sections the header navigation counts, in the order it lists them. */
export const NAV_TYPES = ['article', ...ENTITY_TYPES] as const;

export type NavCounts = Record<(typeof NAV_TYPES)[number], number>;

export interface RouteData {
  nav: NavCounts;
}

export function routeData(graph: Graph): RouteData {
  const nav: NavCounts = { article: graph.articles.length, party: 0, place: 0, date: 0, issue: 0 };
  for (const page of graph.entities.values()) nav[page.type]++;
  return { nav };
}
