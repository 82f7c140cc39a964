// Coverage: which outlets reported something (an event, a position, an entity), from the articles that
// report it. An article that names no outlet counts as a reporter of its own, unnamed: two such articles
// may be one outlet or two, so only named outlets make a report "several sources".
import type { Graph } from '../kb/graph/build-graph.ts';

export interface Coverage {
  /** Named outlets, in the order first met. */
  outlets: string[];
  /** Articles that name no outlet. */
  unnamed: number;
  /** Reported by one outlet only, or by one article that names none. */
  single: boolean;
}

export function coverageOf(graph: Graph, articles: Iterable<string>): Coverage {
  const outlets: string[] = [];
  const seen = new Set<string>();
  let unnamed = 0;
  for (const slug of new Set(articles)) {
    const source = graph.articleBySlug.get(slug)?.source;
    if (!source) unnamed++;
    else if (!seen.has(source.toLowerCase())) {
      seen.add(source.toLowerCase());
      outlets.push(source);
    }
  }
  return { outlets, unnamed, single: outlets.length + unnamed === 1 };
}
