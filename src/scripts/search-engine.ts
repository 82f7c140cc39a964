// What both search boxes share: Pagefind loaded once with the site's ranking and highlight options, the
// names-index shards fetched once each for entity suggestions, and result excerpts turned into safe DOM.
import { foldWords, nameShard } from '../kb/search/fold-name.ts';
import { nameMatcher, type NameMatcher, type NamesIndex, type Suggestion } from '../kb/search/match-names.ts';
import { mergedBundles } from '../kb/search/search-bundles.ts';
import { TYPE_FOLDER } from '../kb/types.ts';
import { SITE_BASE } from './entity-address.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
export interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface SearchOptions {
  /** A value, or any of several values, per filter. */
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: SearchOptions): Promise<SearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(bundleUrl: string, options?: Record<string, unknown>): Promise<void>;
}

/** The query parameter that carries the search terms to the page a result opens (see search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

let pagefind: Promise<Pagefind> | undefined;
const matchers = new Map<string, Promise<NameMatcher>>();

/** Where search finds Pagefind and the names index: under the site's base path, so no page carries them. */
export function searchSources(): { pagefindUrl: string; namesUrl: string } {
  return { pagefindUrl: `${SITE_BASE}pagefind/pagefind.js`, namesUrl: `${SITE_BASE}names.json` };
}

export function loadPagefind(src: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const engine = (await import(/* @vite-ignore */ src)) as Pagefind;
    // Result URLs carry the site's base path, which is where the bundle sits (…/pagefind/pagefind.js).
    const baseUrl = new URL('..', new URL(src, location.href)).pathname;
    // An entity's name (the title) and its aliases outweigh words that merely occur in a text.
    const options = { baseUrl, highlightParam: HIGHLIGHT_PARAM, ranking: { metaWeights: { title: 8, aliases: 6 } } };
    await engine.options(options);
    // A sharded build's other shards each wrote a bundle beside this one (PUBLIC_DOSSIER_SHARDS is their
    // number, set by `npm run build -- --shard i/N`): merged in, one search runs over them all.
    for (const bundle of mergedBundles(Number(import.meta.env.PUBLIC_DOSSIER_SHARDS ?? 1))) {
      await engine.mergeIndex(`${baseUrl}${bundle}/`, options);
    }
    return engine;
  })();
  return pagefind;
}

/**
 * The suggestions for a query, from the names-index shard of its first word (fetched once per shard; the
 * shards sit beside names.json at the base path). A failed fetch means no suggestions, never a broken search.
 */
export async function suggestNames(namesUrl: string, query: string, limit: number): Promise<Suggestion[]> {
  const first = foldWords(query)[0];
  if (!first) return [];
  const shard = nameShard(first);
  let matcher = matchers.get(shard);
  if (!matcher) {
    const src = new URL(`names/${shard}.json`, new URL(namesUrl, location.href)).href;
    matcher = fetch(src)
      .then((response) => (response.ok ? (response.json() as Promise<NamesIndex>) : { entities: [] }))
      .catch(() => ({ entities: [] }))
      .then(nameMatcher);
    matchers.set(shard, matcher);
  }
  return (await matcher)(query, limit);
}

/** The page of a suggested entity; names.json sits at the base path, so its URL resolves the rest. */
export function suggestionUrl(namesUrl: string, suggestion: Suggestion): string {
  return new URL(`${TYPE_FOLDER[suggestion.type]}/${suggestion.slug}/`, new URL(namesUrl, location.href)).pathname;
}

/** Pagefind excerpts are escaped text with <mark> around hits: rebuilt as text nodes and <mark> elements. */
export function excerptNodes(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name!] ?? whole),
  );
}

/** A coloured type tag, as on the entity pages. */
export function typeTag(type: string): HTMLElement {
  const tag = document.createElement('span');
  tag.className = `tag t-${type}`;
  tag.textContent = type;
  return tag;
}

/** "1 result", "3 results". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const TYPE_OF_FOLDER: Record<string, string> = { articles: 'article', parties: 'party', places: 'place', dates: 'date', issues: 'issue' };

/**
 * A result's type, read from its address (<base><folder>/<slug>/): the index carries no type metadata per
 * page, which keeps the metadata every query downloads smaller.
 */
export function resultType(url: string): string | undefined {
  const segments = new URL(url, location.href).pathname.split('/').filter(Boolean);
  return TYPE_OF_FOLDER[segments[segments.length - 2] ?? ''];
}
