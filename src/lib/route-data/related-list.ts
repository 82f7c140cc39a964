// An entity's related entities, ranked by the paragraphs they share with it: the few shown openly, the
// rest folded below them, or (past RELATED_IN_FULL) only counted, for the page of the full ranking.
import type { Graph, Related } from '../../kb/graph/build-graph.ts';
import type { EntityKey, EntityType } from '../../kb/types.ts';
import { RELATED_IN_FULL, RELATED_ON_PAGE } from '../bounds.ts';
import { entityUrl } from '../urls.ts';

/** Shown as plain markup rather than an EntityLink per row: hub pages list a hundred of these. */
export interface RelatedItem {
  href: string;
  name: string;
  type: EntityType;
  /** Paragraphs shared. */
  weight: number;
}

export interface RelatedListData {
  total: number;
  open: RelatedItem[];
  folded: RelatedItem[];
  /** The page of the full ranking, when it is too long for this one. */
  fullRanking: string | undefined;
}

export function relatedList(graph: Graph, key: EntityKey): RelatedListData {
  const all = graph.related.get(key) ?? [];
  const items = (list: Related[]) =>
    list.map((item) => {
      const page = graph.entities.get(item.key)!;
      return { href: entityUrl(item.key), name: page.data.name, type: page.type, weight: item.weight };
    });
  return {
    total: all.length,
    open: items(all.slice(0, RELATED_ON_PAGE)),
    folded: all.length > RELATED_IN_FULL ? [] : items(all.slice(RELATED_ON_PAGE)),
    fullRanking: all.length > RELATED_IN_FULL ? `${entityUrl(key)}related/` : undefined,
  };
}
