// Reads an article's headline, date, outlet, author and address from a page's markup, in a documented order:
// schema.org JSON-LD, then OpenGraph and article:* meta, then Dublin Core, then <time datetime>, then the dateline.

import { normaliseParagraph } from '../text/normalise-text.ts';
import { canonicalUrl } from './canonical-url.ts';
import { jsonLdArticle } from './json-ld.ts';
import { publishedDay } from './published-day.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';

export interface PageMetadata {
  headline?: string;
  /** YYYY-MM-DD, the day in the publisher's time zone. */
  published?: string;
  source?: string;
  author?: string;
  url?: string;
  /** The page says it is not free to read (JSON-LD isAccessibleForFree: false). */
  paywalled: boolean;
}

/** Elements that carry a dateline or a date in words when a page has no date in its markup. */
const DATELINE = '[class*="dateline" i], [class*="date" i], [itemprop*="date" i], [class*="byline" i], [class*="meta" i], p';

/** A wire dateline naming its outlet: "PORT ELLIS, March 14, 2024 (Kestrel Wire) — …". */
const DATELINE_OUTLET = /^\p{Lu}[\p{L} .'’-]*,[^()]{0,40}\(([^()]{2,60})\)\s*[—–-]/u;

/**
 * The page's metadata. Each field takes the first of its sources that has a value:
 * - headline: JSON-LD `headline`, `og:title`, `DC.title`, the first `<h1>`, `<title>` (the outlet's name cut off);
 * - published: JSON-LD `datePublished`, `article:published_time`, `DC.date`/`dcterms.issued`/`dcterms.created`,
 *   the first `<time datetime>` (one marked `datePublished` or `pubdate` before others), a date in words in a
 *   dateline or the first paragraphs;
 * - source: JSON-LD `publisher`, `og:site_name`, `DC.publisher`, the outlet a wire dateline names;
 * - author: JSON-LD `author` (all of them), `article:author` (when a name, not an address), `author` meta,
 *   `DC.creator`, a `rel=author` link or `itemprop=author` element, the name in a byline ("By Ada Moss, Health
 *   reporter");
 * - url: `<link rel=canonical>`, `og:url`, JSON-LD `url`/`mainEntityOfPage`, `DC.identifier`, then `address`
 *   (where the page was saved from or fetched at), which also resolves relative ones.
 */
export function pageMetadata(document: Document, address?: string): PageMetadata {
  const ld = jsonLdArticle(document);
  const meta = (...names: string[]) => first(names.map((name) => metaContent(document, name)));
  const source = first([
    ld.publisher,
    meta('og:site_name'),
    meta('DC.publisher', 'dcterms.publisher'),
    [...document.querySelectorAll('p')].map((p) => DATELINE_OUTLET.exec(textOf(p) ?? '')?.[1]).find(Boolean),
  ]);
  const headline = first([
    ld.headline,
    meta('og:title', 'twitter:title'),
    meta('DC.title', 'dcterms.title'),
    textOf(document.querySelector('h1')),
    textOf(document.querySelector('title')),
  ]);
  const published = first([
    ld.datePublished,
    meta('article:published_time'),
    meta('DC.date', 'DC.date.issued', 'dcterms.issued', 'dcterms.created', 'dcterms.date'),
    (document.querySelector('time[itemprop="datePublished" i][datetime], time[pubdate][datetime]') ?? document.querySelector('time[datetime]'))?.getAttribute('datetime') ?? undefined,
  ].map((value) => value && publishedDay(value)));
  const day = published ?? first([...document.querySelectorAll(DATELINE)].slice(0, 12).map((element) => publishedDay(textOf(element) ?? '')));
  const articleAuthor = meta('article:author');
  const author = first([
    ld.author,
    articleAuthor && !URL.canParse(articleAuthor) ? articleAuthor : undefined,
    meta('author', 'DC.creator', 'dcterms.creator'),
    textOf(document.querySelector('a[rel~="author"], [rel~="author"], [itemprop~="author" i]')),
    bylineName(textOf(document.querySelector('[class*="byline" i]'))),
  ]);
  const href = first([
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined,
    meta('og:url'),
    ld.url,
    meta('DC.identifier', 'dcterms.identifier'),
    address,
  ]);
  const url = href && canonicalUrl(href, address);
  return {
    ...(headline ? { headline: withoutOutlet(headline, source) } : {}),
    ...(day ? { published: day } : {}),
    ...(source ? { source } : {}),
    ...(author ? { author: author.replace(/^by\s+/i, '') } : {}),
    ...(url ? { url } : {}),
    paywalled: ld.isAccessibleForFree === false,
  };
}

/** "By Ada Moss, Health reporter" → "Ada Moss"; undefined unless the text starts with "By" and names up to five words. */
function bylineName(text: string | undefined): string | undefined {
  const name = /^by\s+(.+?)(?:\s*,|\s+[|·—–-]\s+|$)/i.exec(text ?? '')?.[1];
  return name && name.split(' ').length <= 5 ? name : undefined;
}

/** `<meta property|name="…" content="…">`, the name compared without case. */
function metaContent(document: Document, name: string): string | undefined {
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    if (key?.toLowerCase() === name.toLowerCase()) return normalised(element.getAttribute('content'));
  }
  return undefined;
}

/** "Headline | Outlet", "Headline - Outlet", "Headline — Outlet": the headline alone. */
function withoutOutlet(headline: string, source: string | undefined): string {
  if (!source) return headline;
  const escaped = escapeRegExp(source);
  return headline.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}$`, 'i'), '') || headline;
}

function textOf(element: Element | null): string | undefined {
  return normalised(element?.textContent);
}

function normalised(value: string | null | undefined): string | undefined {
  const text = value ? normaliseParagraph(value) : '';
  return text === '' ? undefined : text;
}

function first(values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value !== '');
}
