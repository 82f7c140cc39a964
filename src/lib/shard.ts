// The shard this build renders, from DOSSIER_SHARD ("i/N", set by `npm run build -- --shard i/N`), and the
// filters every route's getStaticPaths applies: an article or entity page is rendered by the shard owning it
// (src/kb/graph/shard-ownership.ts), a site-wide page by shard 1. Without DOSSIER_SHARD every page renders.
import type { Graph } from '../kb/graph/build-graph.ts';
import { KB_MANIFEST_PATH } from '../kb/graph/kb-parts.ts';
import { parseShardSpec, shardOwnership, type Ownership, type ShardSpec } from '../kb/graph/shard-ownership.ts';
import type { EntityKey } from '../kb/types.ts';

const spec = process.env['DOSSIER_SHARD'];

/** This build's shard, or undefined for a whole build. */
export const SHARD: ShardSpec | undefined = spec ? parseShardSpec(spec) : undefined;

/** Where the knowledge base as data starts: the whole /kb.json, or a sharded build's manifest of its parts. */
export const KB_DATA_PATH = SHARD ? KB_MANIFEST_PATH : 'kb.json';

const owners = new WeakMap<Graph, Ownership>();

/** Every page's shard for this build's graph, computed once. */
export function ownershipOf(graph: Graph, count: number): Ownership {
  let ownership = owners.get(graph);
  if (!ownership || ownership.count !== count) {
    ownership = shardOwnership({ articles: graph.articles, entities: graph.entities.keys(), mentionsOf: graph.mentionsOf }, count);
    owners.set(graph, ownership);
  }
  return ownership;
}

/** Whether this build renders the article's page. */
export function rendersArticle(graph: Graph, slug: string): boolean {
  return !SHARD || ownershipOf(graph, SHARD.count).article.get(slug) === SHARD.index;
}

/** Whether this build renders the entity's page and everything beside it (sub-pages, feed, timeline). */
export function rendersEntity(graph: Graph, key: EntityKey): boolean {
  return !SHARD || ownershipOf(graph, SHARD.count).entity.get(key) === SHARD.index;
}

/** Whether this build renders the site-wide pages (home, indexes, timelines, names index…): shard 1 does. */
export function rendersSiteWide(): boolean {
  return !SHARD || SHARD.index === 1;
}
