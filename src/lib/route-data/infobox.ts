// The entities an entity page's infobox links to (memberships, containment, parties involved) and the
// number of articles and outlets naming it.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { PageRecord } from '../../kb/content/content-model.ts';
import { entityKey } from '../../kb/types.ts';
import { issueParties } from '../issue-parties.ts';
import { coverageOf, type Coverage } from '../coverage.ts';
import { entityRef, entityRefs, type EntityRef } from './entity-ref.ts';

export interface InfoboxData {
  /** The party this one is part of (its `memberOf`). */
  memberOf: EntityRef | undefined;
  members: EntityRef[];
  /** The place this one is within (its `within`). */
  within: EntityRef | undefined;
  contains: EntityRef[];
  /** On an issue page, the parties involved in it. */
  involved: EntityRef[];
  articles: number;
  /** The outlets of the articles naming it. */
  coverage: Coverage;
}

export function infobox(graph: Graph, page: PageRecord): InfoboxData {
  const data = page.data;
  return {
    memberOf: 'memberOf' in data && data.memberOf ? entityRef(graph, entityKey('party', data.memberOf)) : undefined,
    members: entityRefs(graph, graph.members.get(page.key) ?? []),
    within: 'within' in data && data.within ? entityRef(graph, entityKey('place', data.within)) : undefined,
    contains: entityRefs(graph, graph.contains.get(page.key) ?? []),
    involved: entityRefs(graph, page.type === 'issue' ? issueParties(graph, page) : []),
    articles: graph.articlesOf.get(page.key)?.length ?? 0,
    coverage: coverageOf(graph, graph.articlesOf.get(page.key) ?? []),
  };
}
