// A bounded list of position changes for a page (an issue's, a party's, the home page's), newest first,
// each with its party and issue as links and the outlets of both sides.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { DatedPosition, PositionChange } from '../../kb/graph/position-changes.ts';
import { CHANGES_ON_PAGE } from '../bounds.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';

export interface ChangeSide extends DatedPosition {
  /** The outlet of its article, when the article names one. */
  source: string | undefined;
}

export interface ChangeListData {
  /** Changes in all; `items` holds the newest of them. */
  total: number;
  items: { party: EntityRef; issue: EntityRef; from: ChangeSide; to: ChangeSide }[];
}

export function changeList(graph: Graph, changes: readonly PositionChange[], limit = CHANGES_ON_PAGE): ChangeListData {
  const side = (position: DatedPosition): ChangeSide => ({ ...position, source: graph.articleBySlug.get(position.article)?.source });
  return {
    total: changes.length,
    items: changes.slice(0, limit).map((change) => ({
      party: entityRef(graph, change.party),
      issue: entityRef(graph, change.issue),
      from: side(change.from),
      to: side(change.to),
    })),
  };
}
