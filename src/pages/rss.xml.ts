// /rss.xml: an RSS 2.0 feed of the newest articles, each linking to its page on this site; written by
// @astrojs/rss, with absolute URLs that include the base path.
import type { APIRoute } from 'astro';
import { getRssString } from '@astrojs/rss';
import { getKnowledge } from '../lib/knowledge.ts';
import { articleUrl, url } from '../lib/urls.ts';

const ITEMS = 50;

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await getKnowledge();
  const xml = await getRssString({
    title: 'Dossier',
    description: 'The newest articles in this dossier.',
    site: new URL(url(''), site),
    items: graph.articles.slice(0, ITEMS).map((article) => ({
      title: article.title,
      link: new URL(articleUrl(article.slug), site).href,
      pubDate: new Date(`${article.published}T00:00:00Z`),
      description: article.source ? `${article.source}, ${article.published}` : article.published,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml' } });
};
