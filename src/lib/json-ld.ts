// schema.org JSON-LD for pages, serialised so no text can end the <script> block: every "<", ">" and "&"
// (and the JS line separators) is written as a \u escape, which JSON parsers read back unchanged.
import type { ArticleRecord, PageRecord } from '../kb/content/content-model.ts';

export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const TYPE_OF = { person: 'Person' } as Record<string, string>;

/** Person, Organization or Place (sameAs Wikidata); dates and issues are plain Things. */
export function entityJsonLd(page: PageRecord, pageUrl: string): Record<string, unknown> {
  const data = page.data;
  const type =
    page.type === 'party'
      ? (TYPE_OF['kind' in data ? data.kind : ''] ?? 'Organization')
      : page.type === 'place'
        ? 'Place'
        : 'Thing';
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: data.name,
    url: pageUrl,
    ...(data.aliases.length > 0 ? { alternateName: data.aliases } : {}),
    ...(data.summary ? { description: data.summary } : {}),
    ...(data.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${data.wikidata}` } : {}),
  };
}

export function articleJsonLd(article: ArticleRecord, pageUrl: string, about: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    url: pageUrl,
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
    ...(article.data.author ? { author: { '@type': 'Person', name: article.data.author } } : {}),
    ...(article.data.url ? { isBasedOn: article.data.url } : {}),
    about: about.map((thing) => ({ '@type': 'Thing', name: thing.name, url: thing.url })),
  };
}
