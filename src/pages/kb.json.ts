// /kb.json: the whole knowledge base as data, per the contract in DESIGN.md.
import type { APIRoute } from 'astro';
import { kbJson } from '../kb/graph/kb-json.ts';
import { getKnowledge } from '../lib/knowledge.ts';
import { BASE } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { graph } = await getKnowledge();
  return new Response(JSON.stringify(kbJson(graph, BASE)), { headers: { 'Content-Type': 'application/json' } });
};
