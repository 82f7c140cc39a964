// /names/<letter>.json: one shard of the names index, the part a query whose first word starts with that
// letter (folded) is matched against.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledge } from '../../lib/knowledge.ts';
import { namesShards } from '../../lib/names-index.ts';
import type { NamesIndex } from '../../kb/search/match-names.ts';
import { rendersSiteWide } from '../../lib/shard.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await getKnowledge();
  return [...namesShards(graph)].filter(rendersSiteWide).map(([shard, index]) => ({ params: { shard }, props: { index } }));
};

export const GET: APIRoute<{ index: NamesIndex }> = ({ props }) =>
  new Response(JSON.stringify(props.index), { headers: { 'Content-Type': 'application/json' } });
