// The timeline as data: every dated event (a date page's mention, with its quote) in calendar order, with
// the parties and issues named in the same paragraph so the timeline can be narrowed to one of them.
import type { Graph } from '../kb/graph/build-graph.ts';
import { paragraphKey } from '../kb/graph/build-graph.ts';
import type { EntityKey } from '../kb/types.ts';
import { dateName } from '../kb/extract/dates.ts';
import { TIMELINE_NARROWED_PER_TYPE, TIMELINE_ON_ONE_PAGE } from './bounds.ts';

export interface TimelineEvent {
  date: string;
  dateKey: EntityKey;
  article: string;
  paragraph: number;
  quote: string;
  /** Parties and issues named in the same paragraph. */
  with: EntityKey[];
}

interface Timeline {
  graph: Graph;
  events: TimelineEvent[];
  /** Party or issue → its events. */
  by: Map<EntityKey, TimelineEvent[]>;
  narrowable?: Map<EntityKey, TimelineEvent[]>;
  periods?: TimelinePeriod[];
}

let cache: Timeline | undefined;

function build(graph: Graph): Timeline {
  if (cache?.graph === graph) return cache;
  const events: TimelineEvent[] = [];
  const by = new Map<EntityKey, TimelineEvent[]>();
  for (const dateKey of graph.dates) {
    const page = graph.entities.get(dateKey)!;
    const date = 'date' in page.data ? page.data.date : '';
    const seen = new Set<string>();
    for (const mention of graph.mentionsOf.get(dateKey) ?? []) {
      const id = `${mention.article}#${mention.paragraph}#${mention.sentence}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const named = graph.paragraphEntities.get(paragraphKey(mention.article, mention.paragraph)) ?? [];
      const event: TimelineEvent = {
        date,
        dateKey,
        article: mention.article,
        paragraph: mention.paragraph,
        quote: mention.sentence,
        with: named.filter((key) => key.startsWith('party/') || key.startsWith('issue/')),
      };
      events.push(event);
      for (const key of event.with) {
        const list = by.get(key);
        if (list) list.push(event);
        else by.set(key, [event]);
      }
    }
  }
  cache = { graph, events, by };
  return cache;
}

/** Every event, oldest day first; within a day, newest article first and in reading order. */
export function timelineEvents(graph: Graph): TimelineEvent[] {
  return build(graph).events;
}

/**
 * The parties and issues the timeline can be narrowed to, each with its events: /timeline/party/<slug>/ and
 * /timeline/issue/<slug>/. Bounded: the ones with the most events of each type (a long-tail name's few
 * events are on its own page already), so a corpus of thousands of names does not add thousands of pages.
 */
export function eventsByEntity(graph: Graph): Map<EntityKey, TimelineEvent[]> {
  const timeline = build(graph);
  timeline.narrowable ??= topPerType(timeline.by, TIMELINE_NARROWED_PER_TYPE);
  return timeline.narrowable;
}

function topPerType(by: Map<EntityKey, TimelineEvent[]>, limit: number): Map<EntityKey, TimelineEvent[]> {
  const ranked = [...by].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const taken = new Map<string, number>();
  const out = new Map<EntityKey, TimelineEvent[]>();
  for (const [key, events] of ranked) {
    const type = key.slice(0, key.indexOf('/'));
    const count = taken.get(type) ?? 0;
    if (count >= limit) continue;
    taken.set(type, count + 1);
    out.set(key, events);
  }
  return out;
}

/** A period's name: "2024", or "May 2024" for a month. */
export function periodLabel(id: string): string {
  return id.length > 4 ? dateName(id) : id;
}

export interface TimelinePeriod {
  /** "2024" or, for a year with too many events for one page, "2024-05". */
  id: string;
  events: TimelineEvent[];
}

/** The timeline's pages past the first: one per year, or per month in a year too full for one page. */
export function timelinePeriods(graph: Graph): TimelinePeriod[] {
  const timeline = build(graph);
  timeline.periods ??= periodsOf(timeline.events);
  return timeline.periods;
}

/** Events (in calendar order) split into periods: a year each, or a month each in a year too full for one page. */
export function periodsOf(events: TimelineEvent[]): TimelinePeriod[] {
  const byYear = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(event);
    else byYear.set(year, [event]);
  }
  const periods: TimelinePeriod[] = [];
  for (const [year, yearEvents] of byYear) {
    if (yearEvents.length <= TIMELINE_ON_ONE_PAGE) {
      periods.push({ id: year, events: yearEvents });
      continue;
    }
    const byMonth = new Map<string, TimelineEvent[]>();
    for (const event of yearEvents) {
      // A year-only date has no month: it opens the year.
      const month = event.date.length >= 7 ? event.date.slice(0, 7) : `${year}-01`;
      const list = byMonth.get(month);
      if (list) list.push(event);
      else byMonth.set(month, [event]);
    }
    for (const [id, monthEvents] of byMonth) periods.push({ id, events: monthEvents });
  }
  return periods;
}
