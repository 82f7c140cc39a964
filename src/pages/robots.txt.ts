// /robots.txt: every page may be crawled but the editors' review page, and the sitemap's address (where
// crawlers look for it, instead of a link in each page's head).
import type { APIRoute } from 'astro';
import { url } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: ${url('review/')}\n\nSitemap: ${new URL(url('sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
