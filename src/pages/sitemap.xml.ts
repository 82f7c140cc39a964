// /sitemap.xml: the site's main pages, every article and every entity page, with absolute URLs.
// Written by hand, not by @astrojs/sitemap: that integration writes sitemap-index.xml and sitemap-0.xml (never
// the /sitemap.xml robots.txt names), lists every built page (search, timeline periods, mention and
// position sub-pages) unless filtered, and gets its lastmod dates only from a serialize hook that runs after
// the build, outside the content layer, so it cannot date a page by its newest article (and it writes any
// date it is given as a full timestamp).
import type { APIRoute } from 'astro';
import { getKnowledge } from '../lib/knowledge.ts';
import { articleUrl, entityUrl, typeIndexUrl, url } from '../lib/urls.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { ENTITY_TYPES } from '../kb/types.ts';

export const GET: APIRoute = async ({ site }) => {
  const { graph } = await getKnowledge();
  const entries: { path: string; lastmod?: string }[] = [
    { path: url('') },
    ...(['article', ...ENTITY_TYPES] as const).map((type) => ({ path: typeIndexUrl(type) })),
    { path: url('timeline/') },
    { path: url('map/') },
    { path: url('graph/') },
    ...graph.articles.map((article) => ({ path: articleUrl(article.slug), lastmod: article.published })),
    ...[...graph.entities.keys()].map((key) => {
      const latest = graph.articleBySlug.get(graph.articlesOf.get(key)?.[0] ?? '')?.published;
      return { path: entityUrl(key), ...(latest ? { lastmod: latest } : {}) };
    }),
  ];
  const body = entries
    .map((e) => `<url><loc>${escapeMarkup(new URL(e.path, site).href)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
