// /names.json: the compact names index the search boxes match entity suggestions against.
import type { APIRoute } from 'astro';
import { getKnowledge } from '../lib/knowledge.ts';
import { namesIndex } from '../lib/names-index.ts';

export const GET: APIRoute = async () => {
  const { graph } = await getKnowledge();
  return new Response(JSON.stringify(namesIndex(graph)), { headers: { 'Content-Type': 'application/json' } });
};
