// /kb.json: the whole knowledge base as data, per the contract in DESIGN.md. A parameter route only so that a
// sharded build can leave it out (a route without parameters always renders): its shards publish the parts
// and their manifest instead (src/pages/kb/[part].json.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { kbJson } from '../kb/graph/kb-json.ts';
import { getKnowledge } from '../lib/knowledge.ts';
import { SHARD } from '../lib/shard.ts';
import { BASE } from '../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = () => (SHARD ? [] : [{ params: { kb: 'kb' } }]);

export const GET: APIRoute = async () => {
  const { graph } = await getKnowledge();
  return new Response(JSON.stringify(kbJson(graph, BASE)), { headers: { 'Content-Type': 'application/json' } });
};
