// An Atom 1.0 document (RFC 4287) from a feed's entries, as a string. Written by hand like the sitemap: a
// dozen elements whose every text goes through escapeMarkup; a feed library (`feed` on npm) would add a
// dependency to build the same few lines, and @astrojs/rss writes RSS only.
import { escapeMarkup } from './escape-markup.ts';

export interface AtomEntry {
  /** A permanent, unique IRI. */
  id: string;
  title: string;
  /** Absolute URL the entry links to. */
  link: string;
  /** YYYY-MM-DD, written as midnight UTC. */
  updated: string;
  summary: string;
  author?: string | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URLs of the feed itself and of the page it follows. */
  self: string;
  page: string;
  /** YYYY-MM-DD */
  updated: string;
  entries: AtomEntry[];
}

const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomXml(feed: AtomFeed): string {
  const text = (tag: string, value: string) => `<${tag}>${escapeMarkup(value)}</${tag}>`;
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      text('id', entry.id),
      text('title', entry.title),
      // An entry's link is its alternate by default (RFC 4287 §4.2.7.2), so it carries only its href.
      `<link href="${escapeMarkup(entry.link)}"/>`,
      text('updated', stamp(entry.updated)),
      entry.author ? `<author>${text('name', entry.author)}</author>` : '',
      text('summary', entry.summary),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    text('id', feed.id),
    text('title', feed.title),
    text('subtitle', feed.subtitle),
    `<link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeMarkup(feed.page)}"/>`,
    text('updated', stamp(feed.updated)),
    `<author>${text('name', 'Dossier')}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
