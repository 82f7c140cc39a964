// The route data of the timeline's pages: /timeline/, one of its periods, and the timeline narrowed to one
// party or issue (whole, or one of its periods).
import type { EntityKey } from '../../kb/types.ts';
import { TIMELINE_ON_ONE_PAGE } from '../bounds.ts';
import type { Knowledge } from '../knowledge.ts';
import { timelineEvents, timelinePeriods, type TimelineEvent, type TimelinePeriod } from '../timeline.ts';
import { timelineDays, type TimelineDay } from './timeline-days.ts';
import { timelineNarrowGroups, type TimelineNarrowGroup } from './timeline-narrow.ts';
import { routeData, type RouteData } from './route-data.ts';

export interface TimelineIndexData extends RouteData {
  eventCount: number;
  periods: TimelinePeriod[];
  narrow: TimelineNarrowGroup[];
  /** Every event, by day; undefined when there are too many for one page. */
  days: TimelineDay[] | undefined;
}

export function timelineIndexPage({ graph }: Knowledge): TimelineIndexData {
  const events = timelineEvents(graph);
  return {
    ...routeData(graph),
    eventCount: events.length,
    periods: timelinePeriods(graph),
    narrow: timelineNarrowGroups(graph),
    days: events.length <= TIMELINE_ON_ONE_PAGE ? timelineDays(graph, events) : undefined,
  };
}

export interface TimelinePeriodData extends RouteData {
  days: TimelineDay[];
}

/** A period of the timeline, or of a narrowed one: all its events, by day. */
export function timelinePeriodPage({ graph }: Knowledge, events: TimelineEvent[]): TimelinePeriodData {
  return { ...routeData(graph), days: timelineDays(graph, events) };
}

export interface NarrowedTimelineData extends RouteData {
  /** The name of the party or issue. */
  name: string;
  /** Its events, by day; undefined when there are too many for one page. */
  days: TimelineDay[] | undefined;
}

export function narrowedTimelinePage({ graph }: Knowledge, key: EntityKey, events: TimelineEvent[]): NarrowedTimelineData {
  return {
    ...routeData(graph),
    name: graph.entities.get(key)!.data.name,
    days: events.length <= TIMELINE_ON_ONE_PAGE ? timelineDays(graph, events) : undefined,
  };
}

export interface NarrowedPeriodData extends TimelinePeriodData {
  /** The name of the party or issue. */
  name: string;
}

export function narrowedPeriodPage(knowledge: Knowledge, key: EntityKey, events: TimelineEvent[]): NarrowedPeriodData {
  return { ...timelinePeriodPage(knowledge, events), name: knowledge.graph.entities.get(key)!.data.name };
}
