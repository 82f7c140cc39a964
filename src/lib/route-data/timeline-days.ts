// Timeline events grouped by day for display: each day with its date page's name, each event with its
// article and the parties and issues named in its paragraph.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import type { EntityKey } from '../../kb/types.ts';
import type { TimelineEvent } from '../timeline.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';

export interface TimelineItem {
  article: ArticleRecord;
  paragraph: number;
  quote: string;
  /** The parties and issues named in the same paragraph. */
  named: EntityRef[];
}

export interface TimelineDay {
  dateKey: EntityKey;
  date: string;
  /** The date page's name. */
  name: string;
  events: TimelineItem[];
}

/** Events in calendar order, grouped by consecutive day. */
export function timelineDays(graph: Graph, events: TimelineEvent[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const event of events) {
    const item: TimelineItem = {
      article: graph.articleBySlug.get(event.article)!,
      paragraph: event.paragraph,
      quote: event.quote,
      named: event.with.map((key) => entityRef(graph, key)),
    };
    const last = days[days.length - 1];
    if (last?.dateKey === event.dateKey) last.events.push(item);
    else days.push({ dateKey: event.dateKey, date: event.date, name: graph.entities.get(event.dateKey)!.data.name, events: [item] });
  }
  return days;
}
