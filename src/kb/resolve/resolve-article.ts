// Ties what extraction found in one article to entity keys: an existing page where one claims the name,
// otherwise the key the new page will get. Rejected names (the ignore list) are dropped here for good.
import { slugify } from '../text/slug.ts';
import type {
  ArticleExtraction,
  EntityKey,
  EntityType,
  ExtractedEntity,
  Mention,
  Stance,
} from '../types.ts';
import { ENTITY_TYPES, entityKey } from '../types.ts';
import { normaliseName } from '../text/normalise-name.ts';
import { findPage, type PageIndex } from './page-index.ts';

export interface ResolvedMention extends Mention {
  key: EntityKey;
}

export interface ResolvedPosition {
  issue: EntityKey;
  party: EntityKey;
  stance: Stance;
  quote: string;
  paragraph: number;
}

/** An entity the article names that has no page yet: what its new page is made from. */
export interface NewEntity {
  key: EntityKey;
  entity: ExtractedEntity;
}

export interface ResolvedArticle {
  mentions: ResolvedMention[];
  positions: ResolvedPosition[];
  /** Entities without a page, by the key their page will get. */
  missing: NewEntity[];
  /** Keys named in the article, in order of first mention. */
  keys: EntityKey[];
}

/** The key an extracted entity resolves to; undefined for a name that yields no usable file name. */
export function keyFor(entity: ExtractedEntity, index: PageIndex): EntityKey | undefined {
  if (entity.key && index.byKey.has(entity.key)) return entity.key;
  // A date's page is its day's, unless an editor renamed it (`replaces: [2024-08-25]`): the renamed page keeps it.
  if (entity.type === 'date' && entity.date) return renamed(entityKey('date', entity.date), index);
  const own = findPage(index, entity.type, entity.name) ?? firstAlias(entity, entity.type, index);
  if (own) return own;
  // An editor may have moved the page to another type (a "place" that is really a party): follow it. Not for a
  // country, which is both a party (the state) and a place (its territory): each reading gets its own page.
  if (entity.kind === 'country' || entity.kind === 'state') return newKey(entity, index);
  for (const type of ENTITY_TYPES) {
    if (type === entity.type) continue;
    const moved = findPage(index, type, entity.name);
    if (moved) return moved;
  }
  return newKey(entity, index);
}

function newKey(entity: ExtractedEntity, index: PageIndex): EntityKey | undefined {
  const slug = slugify(entity.name);
  return slug ? renamed(entityKey(entity.type, slug), index) : undefined;
}

/** A key no page has, followed to the page that replaces it, if one does. */
function renamed(key: EntityKey, index: PageIndex): EntityKey {
  return index.byKey.has(key) ? key : (index.replaced.get(key) ?? key);
}

function firstAlias(entity: ExtractedEntity, type: EntityType, index: PageIndex): EntityKey | undefined {
  for (const alias of entity.aliases) {
    const key = findPage(index, type, alias);
    if (key) return key;
  }
  return undefined;
}

export function resolveArticle(extraction: ArticleExtraction, index: PageIndex, ignore: Set<string>): ResolvedArticle {
  const mentions: ResolvedMention[] = [];
  const missing = new Map<EntityKey, NewEntity>();
  const keyOfName = new Map<string, EntityKey>();
  const keys: EntityKey[] = [];
  for (const entity of extraction.entities) {
    if (ignore.has(normaliseName(entity.name))) continue;
    const key = keyFor(entity, index);
    if (!key) continue;
    if (!index.byKey.has(key) && !missing.has(key)) missing.set(key, { key, entity });
    keyOfName.set(`${entity.type}:${entity.name}`, key);
    if (!keys.includes(key)) keys.push(key);
    for (const mention of entity.mentions) mentions.push({ ...mention, key });
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

  const positions: ResolvedPosition[] = [];
  for (const position of extraction.positions) {
    const issue = keyOfName.get(`issue:${position.issue}`);
    const party = keyOfName.get(`party:${position.party}`);
    if (!issue || !party) continue;
    positions.push({ issue, party, stance: position.stance, quote: position.quote, paragraph: position.paragraph });
  }
  return { mentions, positions, missing: [...missing.values()], keys };
}
