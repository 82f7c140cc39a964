// /kb/part-<i>.json and /kb/manifest.json: a sharded build's knowledge base, each shard publishing its own part
// and shard 1 the manifest of all parts (src/kb/graph/kb-parts.ts). A whole build publishes /kb.json instead.
import type { APIRoute, GetStaticPaths } from 'astro';
import { kbJson } from '../../kb/graph/kb-json.ts';
import { kbManifest, kbPart } from '../../kb/graph/kb-parts.ts';
import { searchBundle } from '../../kb/search/search-bundles.ts';
import { getKnowledge } from '../../lib/knowledge.ts';
import { ownershipOf, SHARD } from '../../lib/shard.ts';
import { BASE } from '../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = () =>
  !SHARD ? [] : [{ params: { part: `part-${SHARD.index}` } }, ...(SHARD.index === 1 ? [{ params: { part: 'manifest' } }] : [])];

export const GET: APIRoute = async ({ params }) => {
  const { graph } = await getKnowledge();
  const ownership = ownershipOf(graph, SHARD!.count);
  const body = params.part === 'manifest' ? kbManifest(ownership, BASE, searchBundle) : kbPart(kbJson(graph, BASE), ownership, SHARD!.index);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
