// /<type>/<slug>/feed.xml: an Atom feed per entity page (issues included) of its newest positions and the
// newest paragraphs naming it, each entry linking to its article paragraph; the page announces it with
// <link rel="alternate" type="application/atom+xml">.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledge } from '../../../lib/knowledge.ts';
import { atomXml } from '../../../lib/atom.ts';
import { entityFeed } from '../../../lib/route-data/entity-feed.ts';
import { articleUrl, entityUrl, feedUrl } from '../../../lib/urls.ts';
import { TYPE_FOLDER, type EntityKey } from '../../../kb/types.ts';
import { rendersEntity } from '../../../lib/shard.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await getKnowledge();
  return [...graph.entities.values()].filter((page) => rendersEntity(graph, page.key)).map((page) => ({ params: { folder: TYPE_FOLDER[page.type], slug: page.slug }, props: { key: page.key } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { graph } = await getKnowledge();
  const feed = entityFeed(graph, (props as { key: EntityKey }).key);
  const absolute = (path: string) => new URL(path, site).href;
  const host = new URL(absolute("/")).hostname;
  const xml = atomXml({
    id: absolute(entityUrl(feed.key)),
    title: `${feed.name} · Dossier`,
    subtitle: `The newest positions and mentions of ${feed.name} in the articles of this dossier.`,
    self: absolute(feedUrl(feed.key)),
    page: absolute(entityUrl(feed.key)),
    updated: feed.entries[0]?.published ?? graph.articles[0]?.published ?? '1970-01-01',
    entries: feed.entries.map((entry) => ({
      id: `tag:${host},${entry.published}:${entry.article}/p${entry.paragraph}/${entry.kind === 'position' ? `${entry.party}/${entry.stance}/${entry.issue}` : feed.key}`,
      title: entry.title,
      link: absolute(articleUrl(entry.article, entry.paragraph)),
      updated: entry.published,
      summary: entry.text,
      author: entry.source,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml' } });
};
