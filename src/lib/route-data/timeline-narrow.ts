// The parties and issues the timeline can be narrowed to, by type, most events first, each with the
// address of its narrowed timeline.
import type { Graph } from '../../kb/graph/build-graph.ts';
import { splitKey, type EntityKey } from '../../kb/types.ts';
import { eventsByEntity } from '../timeline.ts';
import { url } from '../urls.ts';

export interface TimelineNarrowGroup {
  type: 'party' | 'issue';
  items: { key: EntityKey; name: string; count: number; href: string }[];
}

export function timelineNarrowGroups(graph: Graph): TimelineNarrowGroup[] {
  const by = eventsByEntity(graph);
  return (['party', 'issue'] as const).map((type) => ({
    type,
    items: [...by.entries()]
      .filter(([key]) => splitKey(key).type === type)
      .map(([key, events]) => ({ key, name: graph.entities.get(key)!.data.name, count: events.length, href: url(`timeline/${type}/${splitKey(key).slug}/`) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  }));
}
