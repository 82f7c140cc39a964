// Decides which entity pages are missing and what each new page says. Pure: nothing is written here.
import type { ArticleRecord, PageRecord } from '../content/content-model.ts';
import { ENTITY_SCHEMAS, type EntityData } from '../schemas/entity.ts';
import { buildPageIndex, findPage, type PageIndex } from '../resolve/page-index.ts';
import { normaliseName } from '../text/normalise-name.ts';
import { resolveArticle, type NewEntity } from '../resolve/resolve-article.ts';
import { dateName } from '../extract/dates.ts';
import { pageSource } from './page-source.ts';
import { summaryOfRole } from '../extract/roles.ts';
import { isFunctionWords } from '../content/check-content.ts';
import type { ArticleExtraction, EntityKey } from '../types.ts';
import { TYPE_FOLDER, splitKey } from '../types.ts';

export interface PlannedPage extends PageRecord {
  /** The MDX the new file will hold. */
  source: string;
  /** Articles that name it, for the report. */
  articles: string[];
}

interface Gathered {
  entity: NewEntity['entity'];
  aliases: Set<string>;
  articles: string[];
  firstSeen: string;
  parties: Set<EntityKey>;
}

/** The pages to create so that every entity the articles name has one. */
export function planPages(
  articles: ArticleRecord[],
  extractions: Map<string, ArticleExtraction>,
  pages: PageRecord[],
  ignore: string[],
): PlannedPage[] {
  const index = buildPageIndex(pages);
  const ignored = new Set(ignore.map(normaliseName));
  const gathered = new Map<EntityKey, Gathered>();
  for (const article of articles) {
    const extraction = extractions.get(article.slug);
    if (!extraction) continue;
    const resolved = resolveArticle(extraction, index, ignored);
    for (const { key, entity } of resolved.missing) {
      let entry = gathered.get(key);
      if (!entry) {
        entry = { entity, aliases: new Set(), articles: [], firstSeen: article.published, parties: new Set() };
        gathered.set(key, entry);
      }
      for (const alias of [entity.name, ...entity.aliases]) entry.aliases.add(alias);
      entry.articles.push(article.slug);
      if (article.published < entry.firstSeen) entry.firstSeen = article.published;
    }
    for (const position of resolved.positions) gathered.get(position.issue)?.parties.add(position.party);
  }

  dropTypeTwins(gathered);
  // the names pages of each type go by: an alias equal to another page's name never links (the content check
  // refuses it), so a new page does not take one
  const taken = new Map<string, Set<string>>();
  const take = (type: string, name: string) => (taken.get(type) ?? taken.set(type, new Set()).get(type)!).add(normaliseName(name));
  for (const page of pages) take(page.type, page.data.name);
  for (const entry of gathered.values()) take(entry.entity.type, entry.entity.type === 'date' && entry.entity.date ? dateName(entry.entity.date) : entry.entity.name);
  // the new entities by type and name, built once: a page's memberOf or within may name one ("spokesman for X")
  const newByName = new Map<string, EntityKey>();
  for (const [key, entry] of gathered) {
    const form = `${entry.entity.type}/${normaliseName(entry.entity.name)}`;
    if (!newByName.has(form)) newByName.set(form, key);
  }
  const planned: PlannedPage[] = [];
  for (const [key, entry] of gathered) {
    const page = planOne(key, entry, index, gathered, newByName, taken.get(entry.entity.type) ?? new Set());
    if (page) planned.push(page);
  }
  planned.sort((a, b) => a.key.localeCompare(b.key));
  return planned;
}

/**
 * One name, one page: where articles name the same thing now as a party and now as a place ("Moglov said…",
 * "talks in Moglov"), only the reading most articles take gets a page. Two pages would claim the same name,
 * and the linker would then leave it unlinked everywhere as a homonym; an editor can still re-type the page.
 * Countries are the exception (see below).
 */
const COUNTRY_KINDS = new Set(['state', 'country']);

function dropTypeTwins(gathered: Map<EntityKey, Gathered>): void {
  const byName = new Map<string, EntityKey[]>();
  for (const [key, entry] of gathered) {
    if (entry.entity.type !== 'party' && entry.entity.type !== 'place') continue;
    const name = normaliseName(entry.entity.name);
    const keys = byName.get(name);
    if (keys) keys.push(key);
    else byName.set(name, [key]);
  }
  for (const keys of byName.values()) {
    if (keys.length < 2) continue;
    // A country is both: the state that takes positions and the territory things happen in, and extraction
    // tells the two apart by context, so both pages stay.
    if (keys.some((key) => COUNTRY_KINDS.has(gathered.get(key)!.entity.kind ?? ''))) continue;
    const weight = (key: EntityKey) => gathered.get(key)!.articles.length;
    keys.sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
    for (const twin of keys.slice(1)) gathered.delete(twin);
  }
}

function planOne(
  key: EntityKey,
  entry: Gathered,
  index: PageIndex,
  gathered: Map<EntityKey, Gathered>,
  newByName: ReadonlyMap<string, EntityKey>,
  takenNames: ReadonlySet<string>,
): PlannedPage | undefined {
  const { type, slug } = splitKey(key);
  const { entity } = entry;
  const name = type === 'date' && entity.date ? dateName(entity.date) : entity.name;
  // an alias made of common words ("He" of "He Lifeng") would link every "he": the content check refuses it
  const aliases = [...entry.aliases].filter((alias) => normaliseName(alias) !== normaliseName(name) && !isFunctionWords(alias) && !takenNames.has(normaliseName(alias))).sort();
  const exists = (target: EntityKey) => index.byKey.has(target) || gathered.has(target);
  const refer = (refType: 'party' | 'place', refName: string | undefined) => {
    if (!refName) return undefined;
    const target = findPage(index, refType, refName);
    if (target && exists(target)) return splitKey(target).slug;
    const planned = newByName.get(`${refType}/${normaliseName(refName)}`);
    return planned ? splitKey(planned).slug : undefined;
  };

  const raw: Record<string, unknown> = { name, aliases };
  if (type === 'party') {
    raw['kind'] = entity.kind ?? 'other';
    // the role the articles give it, as a summary: "Representative for Hamas" (hover previews and search use it)
    if (entity.role) raw['summary'] = summaryOfRole(entity.role);
    const memberOf = refer('party', entity.memberOf);
    if (memberOf && memberOf !== slug) raw['memberOf'] = memberOf;
  } else if (type === 'place') {
    raw['kind'] = entity.kind ?? 'other';
    const within = refer('place', entity.within);
    if (within && within !== slug) raw['within'] = within;
    if (entity.coordinates) raw['coordinates'] = entity.coordinates;
  } else if (type === 'date') {
    raw['date'] = entity.date;
  } else {
    const parties = [...entry.parties].filter(exists).map((party) => splitKey(party).slug).sort();
    if (parties.length > 0) raw['parties'] = parties;
  }
  // Kept only if the build will accept it: kb never writes a page the site refuses.
  const checked = ENTITY_SCHEMAS[type].safeParse(raw);
  if (!checked.success) return undefined;
  const data = checked.data as EntityData;
  const file = `content/${TYPE_FOLDER[type]}/${slug}.mdx`;
  return {
    key,
    type,
    slug,
    file,
    data,
    source: pageSource(type, stripDefaults(raw), entry.firstSeen, { ...(entity.role ? { role: entity.role } : {}), ...(type === 'issue' && entity.mentions[0] ? { sentence: entity.mentions[0].sentence } : {}) }),
    articles: entry.articles,
  };
}

/** Writes only the fields that say something (no empty alias list). */
function stripDefaults(raw: Record<string, unknown>): EntityData {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && field !== 'aliases') continue;
    out[field] = value;
  }
  return out as unknown as EntityData;
}
