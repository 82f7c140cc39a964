// The body paragraphs of a page's article: Mozilla's Readability finds the article, then only its own text
// paragraphs are kept (no captions, embeds, pull quotes, asides, teasers or boxes left inside it).

import { createRequire } from 'node:module';
import { normaliseParagraph } from '../text/normalise-text.ts';

/** Loaded with the first page read, like jsdom (see html-document.ts). */
const require = createRequire(import.meta.url);

/** Inside these, a paragraph is not the article's text: captions, embeds, quotes set apart, boxes, forms. */
const NOT_BODY = 'amp-ad, amp-embed, amp-sticky-ad, figure, figcaption, aside, nav, footer, form, blockquote, table, [class*="caption" i], [class*="promo" i], [class*="newsletter" i], [class*="related" i], [class*="share" i], [class*="embed" i]';

/** Lines that are page furniture wherever they stand. */
const FURNITURE = /^(?:advertisement|copyright\b|©|ad|sponsored|share (?:this|on)\b|sign up\b|subscribe\b|read more\b|read next\b|related\b|follow us\b|we use cookies\b|this article was (?:originally )?published\b|photo:|image:|credit:|watch:|listen:|video:|by [\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3}$)/iu;

/** A pull quote repeats a shorter part of the text; longer paragraphs are never taken for one. */
const PULL_QUOTE_LENGTH = 300;

/**
 * The article's paragraphs in reading order, in normal form. Readability (which changes `document`, so read
 * the metadata first) picks the article's container; of its `<p>` elements those inside NOT_BODY containers,
 * page furniture, the headline and paragraphs repeating text found in another (pull quotes, duplicates) are left out.
 */
export function pageParagraphs(document: Document, headline?: string): string[] {
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  const container = new Readability<Node>(document, { keepClasses: true, serializer: (node) => node }).parse()?.content;
  if (!(container instanceof document.defaultView!.Element)) return [];
  const texts = [...container.querySelectorAll('p')]
    .filter((p) => !p.closest(NOT_BODY))
    .map((p) => normaliseParagraph(p.textContent ?? ''))
    .filter((text) => text !== '' && !FURNITURE.test(text) && text !== headline);
  return texts.filter((text, i) => !repeats(text, i, texts));
}

/** Whether `text` is a duplicate of an earlier paragraph or a short quote of another. */
function repeats(text: string, index: number, texts: string[]): boolean {
  return texts.some((other, j) => (j < index && other === text) || (j !== index && other !== text && text.length <= PULL_QUOTE_LENGTH && other.includes(unquoted(text))));
}

function unquoted(text: string): string {
  return text.replace(/^["“‘']+|["”’']+$/g, '');
}
