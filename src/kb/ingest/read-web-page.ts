// Reads a saved or fetched web page into an article: its metadata (see page-metadata.ts) and its body paragraphs.

import { DossierError } from '../errors.ts';
import type { NewArticle } from '../content/content-model.ts';
import { decodeHtml } from './decode-html.ts';
import type { IngestOverrides } from './header-values.ts';
import { parseHtml } from './html-document.ts';
import { pageMetadata } from './page-metadata.ts';
import { pageParagraphs } from './page-paragraphs.ts';

export interface WebPageOrigin {
  /** The page, as named in messages (a file or a web address). */
  file: string;
  overrides: IngestOverrides;
  /** The HTTP Content-Type header, when the page was fetched. */
  contentType?: string;
  /** The address the page was fetched from; a saved page's own `saved from url=` comment stands in for it. */
  address?: string;
}

/** A stub behind a paywall shows a paragraph or two; fewer characters of text than this is not an article. */
const STUB_CHARACTERS = 400;

/** Browsers record the address a page was saved from: `<!-- saved from url=(0042)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/**
 * The article in a web page's bytes. Page text is untrusted and only ever becomes plain paragraphs: no script
 * runs and nothing is fetched. Command-line values beat what the page says. Throws a DossierError naming the
 * page when it has no headline, no date, no text, or only a paywall's stub.
 */
export function readWebPage(bytes: Uint8Array, origin: WebPageOrigin): NewArticle {
  const { file, overrides } = origin;
  const html = decodeHtml(bytes, file, origin.contentType);
  const address = origin.address ?? SAVED_FROM.exec(html.slice(0, 4096))?.[1];
  const document = parseHtml(html, address && URL.canParse(address) ? address : undefined);
  const meta = pageMetadata(document, address);
  const paragraphs = pageParagraphs(document, meta.headline);
  const title = meta.headline;
  if (!title) {
    throw new DossierError('The page has no headline (no og:title, JSON-LD headline, <h1> or <title>).', 'Save the article page itself, not a section or home page.', { file, field: 'title' });
  }
  const length = paragraphs.join(' ').length;
  if (paragraphs.length === 0 || (length < STUB_CHARACTERS && (meta.paywalled || paragraphs.length < 3))) {
    throw new DossierError(
      meta.paywalled
        ? `The page is behind a paywall: it shows only ${length} characters of the article.`
        : `The page holds no article text Dossier can find (${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}, ${length} characters).`,
      'Save the page from a browser that shows the whole article (signed in if need be) and ingest the .html file, or copy the text into a plain-text article.',
      { file },
    );
  }
  const published = overrides.published ?? meta.published;
  if (!published) {
    throw new DossierError(
      'The page gives no publication date (no JSON-LD datePublished, article:published_time, DC.date, <time datetime> or dateline).',
      'Pass --published YYYY-MM-DD.',
      { file, field: 'published' },
    );
  }
  const source = overrides.source ?? meta.source;
  const url = overrides.url ?? meta.url;
  return {
    title,
    published,
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    paragraphs,
  };
}
