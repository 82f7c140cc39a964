// The timeline as data: every dated event (a date page's mention, with its quote) in calendar order, with
// the parties and issues named in the same paragraph so the timeline can be narrowed to one of them.
import type { Graph } from '../kb/graph/build-graph.ts';
import { paragraphKey } from '../kb/graph/build-graph.ts';
import type { EntityKey } from '../kb/types.ts';

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

/** Parties and issues that have events, each with its events: /timeline/party/<slug>/ and /timeline/issue/<slug>/. */
export function eventsByEntity(graph: Graph): Map<EntityKey, TimelineEvent[]> {
  return build(graph).by;
}
