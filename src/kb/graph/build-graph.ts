// The knowledge graph, built once per build as maps: mentions by entity and by article, related entities
// by shared paragraphs, positions by issue and by party, members and places within. Pages look things up
// here; nothing scans all pages per page.
import type { ArticleRecord, PageRecord } from '../content/content-model.ts';
import type { ResolvedArticle, ResolvedMention, ResolvedPosition } from '../resolve/resolve-article.ts';
import type { EntityKey, EntityType } from '../types.ts';
import { ENTITY_TYPES, entityKey } from '../types.ts';
import { redirectsOf, type Redirect } from './redirects.ts';
import { positionChanges, type PositionChanges } from './position-changes.ts';
import { reverses } from '../extract/polarity.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export interface MentionRef extends ResolvedMention {
  article: string;
}

export interface PositionRef extends ResolvedPosition {
  article: string;
}

export interface Related {
  key: EntityKey;
  /** Paragraphs the two entities share. */
  weight: number;
}

export interface Graph {
  entities: Map<EntityKey, PageRecord>;
  /** Newest first. */
  articles: ArticleRecord[];
  articleBySlug: Map<string, ArticleRecord>;
  /** Every mention of an entity: newest article first, then in reading order. */
  mentionsOf: Map<EntityKey, MentionRef[]>;
  /** Every mention in an article, in reading order. */
  mentionsIn: Map<string, MentionRef[]>;
  /** Articles naming each entity, newest first. */
  articlesOf: Map<EntityKey, string[]>;
  related: Map<EntityKey, Related[]>;
  relations: { from: EntityKey; to: EntityKey; weight: number }[];
  positionsOn: Map<EntityKey, PositionRef[]>;
  positionsBy: Map<EntityKey, PositionRef[]>;
  /** party → parties whose memberOf names it. */
  members: Map<EntityKey, EntityKey[]>;
  /** place → places whose within names it. */
  contains: Map<EntityKey, EntityKey[]>;
  /** Date pages in calendar order. */
  dates: EntityKey[];
  /** Old URLs of merged or renamed pages. */
  redirects: Redirect[];
  /** "<article>#<paragraph>" → the entities named in that paragraph, in reading order (timeline narrowing). */
  paragraphEntities: Map<string, EntityKey[]>;
  /** Each type's pages, most mentioned first (then by name): home page, indexes, the story graph. */
  ranked: Map<EntityType, EntityKey[]>;
  /** issue → phrasings of its reverse: aliases that reverse its name and phrases of the articles that did. */
  opposites: Map<EntityKey, string[]>;
  /** Where a party's stance on an issue differs between articles of different dates (position-changes.ts). */
  changes: PositionChanges;
}

export function paragraphKey(article: string, paragraph: number): string {
  return `${article}#${paragraph}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether `article` is a syndicated copy of an article that is there (a copy whose original is gone counts as its own). */
function isCopy(article: ArticleRecord, articleBySlug: Map<string, ArticleRecord>): boolean {
  const original = article.data.copyOf;
  return original !== undefined && original !== article.slug && articleBySlug.has(original);
}

function byNewest(a: ArticleRecord, b: ArticleRecord): number {
  return b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
}

export function buildGraph(
  pages: PageRecord[],
  articles: ArticleRecord[],
  resolved: Map<string, ResolvedArticle>,
  lexicon?: Lexicon,
): Graph {
  const entities = new Map<EntityKey, PageRecord>();
  for (const page of pages) entities.set(page.key, page);
  const sorted = [...articles].sort(byNewest);
  const articleBySlug = new Map(sorted.map((article) => [article.slug, article]));

  const mentionsOf = new Map<EntityKey, MentionRef[]>();
  const mentionsIn = new Map<string, MentionRef[]>();
  const articlesOf = new Map<EntityKey, string[]>();
  const positionsOn = new Map<EntityKey, PositionRef[]>();
  const positionsBy = new Map<EntityKey, PositionRef[]>();
  const pairWeights = new Map<string, number>();
  const paragraphEntities = new Map<string, EntityKey[]>();

  for (const article of sorted) {
    const result = resolved.get(article.slug);
    if (!result) continue;
    const inArticle: MentionRef[] = [];
    // A syndicated copy links its names on its own page but counts nothing: its original already did.
    if (isCopy(article, articleBySlug)) {
      for (const mention of result.mentions) if (entities.has(mention.key)) inArticle.push({ ...mention, article: article.slug });
      mentionsIn.set(article.slug, inArticle);
      continue;
    }
    const paragraphKeys = new Map<number, Set<EntityKey>>();
    const seen = new Set<EntityKey>();
    for (const mention of result.mentions) {
      if (!entities.has(mention.key)) continue;
      const ref: MentionRef = { ...mention, article: article.slug };
      inArticle.push(ref);
      push(mentionsOf, mention.key, ref);
      if (!seen.has(mention.key)) {
        seen.add(mention.key);
        push(articlesOf, mention.key, article.slug);
      }
      let keys = paragraphKeys.get(mention.paragraph);
      if (!keys) {
        keys = new Set();
        paragraphKeys.set(mention.paragraph, keys);
      }
      keys.add(mention.key);
    }
    mentionsIn.set(article.slug, inArticle);
    for (const [paragraph, keys] of paragraphKeys) paragraphEntities.set(paragraphKey(article.slug, paragraph), [...keys]);
    for (const keys of paragraphKeys.values()) {
      const list = [...keys].sort();
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const pair = `${list[i]}\t${list[j]}`;
          pairWeights.set(pair, (pairWeights.get(pair) ?? 0) + 1);
        }
      }
    }
    for (const position of result.positions) {
      if (!entities.has(position.issue) || !entities.has(position.party)) continue;
      const ref: PositionRef = { ...position, article: article.slug };
      push(positionsOn, position.issue, ref);
      push(positionsBy, position.party, ref);
    }
  }

  const related = new Map<EntityKey, Related[]>();
  const relations: Graph['relations'] = [];
  for (const [pair, weight] of pairWeights) {
    const [from, to] = pair.split('\t') as [EntityKey, EntityKey];
    relations.push({ from, to, weight });
    push(related, from, { key: to, weight });
    push(related, to, { key: from, weight });
  }
  relations.sort((a, b) => b.weight - a.weight || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  for (const list of related.values()) list.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));

  const members = new Map<EntityKey, EntityKey[]>();
  const contains = new Map<EntityKey, EntityKey[]>();
  const dates: EntityKey[] = [];
  for (const page of pages) {
    const data = page.data;
    if ('memberOf' in data && data.memberOf) push(members, entityKey('party', data.memberOf), page.key);
    if ('within' in data && data.within) push(contains, entityKey('place', data.within), page.key);
    if (page.type === 'date') dates.push(page.key);
  }
  dates.sort((a, b) => dateOf(entities, a).localeCompare(dateOf(entities, b)));

  const ranked = new Map<EntityType, EntityKey[]>(ENTITY_TYPES.map((type) => [type, []]));
  for (const page of pages) ranked.get(page.type)!.push(page.key);
  const count = (key: EntityKey) => mentionsOf.get(key)?.length ?? 0;
  for (const list of ranked.values()) {
    list.sort((a, b) => count(b) - count(a) || entities.get(a)!.data.name.localeCompare(entities.get(b)!.data.name));
  }

  // An alias that reverses its page's name ("withdrawal from X" on "presence in X") is an opposite, never an alias.
  const opposites = new Map<EntityKey, string[]>();
  const addOpposite = (key: EntityKey, phrase: string): void => {
    const list = opposites.get(key) ?? [];
    if (!list.some((p) => p.toLowerCase() === phrase.toLowerCase())) list.push(phrase);
    opposites.set(key, list);
  };
  for (const page of pages) {
    if (page.type !== 'issue' || !lexicon) continue;
    for (const alias of page.data.aliases) if (reverses(alias, page.data.name, lexicon)) addOpposite(page.key, alias);
  }
  for (const [key, list] of mentionsOf) for (const mention of list) if (mention.opposite) addOpposite(key, mention.surface);

  return {
    entities,
    articles: sorted,
    articleBySlug,
    mentionsOf,
    mentionsIn,
    articlesOf,
    related,
    relations,
    positionsOn,
    positionsBy,
    members,
    contains,
    dates,
    redirects: redirectsOf(pages),
    paragraphEntities,
    ranked,
    opposites,
    changes: positionChanges(positionsOn, articleBySlug),
  };
}

function dateOf(entities: Map<EntityKey, PageRecord>, key: EntityKey): string {
  const data = entities.get(key)?.data;
  return data && 'date' in data ? data.date : '';
}
