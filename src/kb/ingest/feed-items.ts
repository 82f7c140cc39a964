// Reads an RSS or Atom feed (with feedsmith) into the addresses of its items, and leaves out those already ingested.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from 'feedsmith';
import { DossierError } from '../errors.ts';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { canonicalUrl } from './canonical-url.ts';
import { publishedDay } from './published-day.ts';

export interface FeedItem {
  /** The item's page, canonical (no tracking parameters). */
  url: string;
  /** YYYY-MM-DD, when the feed dates the item. */
  published?: string;
}

/**
 * The items of an RSS or Atom feed that link a page, in feed order, those dated before `since` (YYYY-MM-DD)
 * left out. Throws a DossierError naming `file` when the text is not a feed.
 */
export function feedItems(text: string, file: string, since?: string): FeedItem[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new DossierError(`This is not an RSS or Atom feed Dossier can read (${(error as Error).message}).`, "Give the feed's own address or file (the site's RSS or Atom link).", { file });
  }
  const entries: { link?: string | undefined; date?: string | undefined }[] =
    parsed.format === 'atom'
      ? (parsed.feed.entries ?? []).map((entry) => ({
          link: (entry.links ?? []).find((link) => (link.rel ?? 'alternate') === 'alternate')?.href,
          date: String(entry.published ?? entry.updated ?? ''),
        }))
      : parsed.format === 'rss' || parsed.format === 'rdf'
        ? (parsed.feed.items ?? []).map((item) => ({ link: item.link, date: String((item as { pubDate?: unknown }).pubDate ?? item.dc?.dates?.[0] ?? '') }))
        : (parsed.feed.items ?? []).map((item) => ({ link: item.url, date: String(item.date_published ?? '') }));
  return entries.flatMap(({ link, date }) => {
    const url = link && canonicalUrl(link);
    const published = date ? publishedDay(date) : undefined;
    if (!url || (since && published && published < since)) return [];
    return [{ url, ...(published ? { published } : {}) }];
  });
}

/** The `url` of every article in content/articles/, canonical, to skip feed items already ingested. */
export function ingestedUrls(contentDir: string): Set<string> {
  const dir = join(contentDir, 'articles');
  const urls = new Set<string>();
  if (!existsSync(dir)) return urls;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.md')) continue;
    try {
      const { data } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'), name);
      const url = typeof data['url'] === 'string' ? canonicalUrl(data['url']) : undefined;
      if (url) urls.add(url);
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
    }
  }
  return urls;
}
