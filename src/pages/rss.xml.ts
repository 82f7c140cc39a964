// /rss.xml: an RSS 2.0 feed of the newest articles, each linking to its page on this site.
import type { APIRoute } from 'astro';
import { getKnowledge } from '../lib/knowledge.ts';
import { articleUrl, url } from '../lib/urls.ts';
import { xmlText } from '../lib/xml.ts';

const ITEMS = 50;

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await getKnowledge();
  const abs = (path: string) => xmlText(new URL(path, site).href);
  const items = graph.articles.slice(0, ITEMS).map((article) => {
    const day = new Date(`${article.published}T00:00:00Z`).toUTCString();
    return `<item><title>${xmlText(article.title)}</title><link>${abs(articleUrl(article.slug))}</link><guid>${abs(articleUrl(article.slug))}</guid><pubDate>${day}</pubDate><description>${xmlText(`${article.source ?? 'Unknown outlet'}, ${article.published}`)}</description></item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Dossier</title><link>${abs(url(''))}</link><description>The newest articles in this dossier.</description>
${items.join('\n')}
</channel></rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml' } });
};
