// The gazetteer: every known name (entity pages + reference countries, organisations, regions and cities) in one
// token trie, matched in one pass.
import type { EntityKey, PageNames } from '../types.ts';
import { issueFamily, type IssuePage } from './issue-merge.ts';
import { wordSets, type Lexicon } from '../lexicon/lexicon.ts';
import { referenceCities, referenceCountries, referenceOrganisations, referenceRegions } from './reference-data.ts';
import { comparisonForm, normaliseName } from '../text/normalise-name.ts';
import { TokenTrie } from '../text/token-trie.ts';
import { normaliseForMatch, possessiveEnd, tokenize, type Token } from '../text/tokenize.ts';

/** One thing the gazetteer knows: a page, a country, or a capital city. */
export interface GazetteerEntry {
  id: number;
  type: 'party' | 'place';
  name: string;
  kind?: string;
  /** Page key of the party (or the only page) this entry stands for. */
  key?: EntityKey;
  /** A country: a party of kind state, or a place of kind country where the text uses it as a location. */
  country?: boolean;
  /** Page key of the country as a place, when such a page exists. */
  placeKey?: EntityKey;
  within?: string;
  coordinates?: [number, number];
  /** A city or region from the reference list (not a page): linked only where the text does not read it as something else. */
  reference?: 'city' | 'region';
  /** A reference organisation's other names and acronyms, which a page made for it starts with. */
  aliases?: string[];
}

/** How a surface form points at an entry. Surnames and demonyms are weaker than names and aliases. */
export type ClaimVia = 'name' | 'alias' | 'surname' | 'demonym';

export interface Claim {
  entry: number;
  via: ClaimVia;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  trie: TokenTrie<Claim[]>;
  issues: IssuePage[];
  /** Names editors rejected, in normaliseName form: never produced. */
  ignore: Set<string>;
  /** The word lists it was built with: extraction against it reads the same. */
  lexicon: Lexicon;
}

/** A span of tokens the trie matched, with every claim on it. */
export interface GazetteerMatch {
  start: number;
  /** End offset including a possessive. */
  end: number;
  /** End offset of the name itself. */
  nameEnd: number;
  firstToken: number;
  lastToken: number;
  claims: Claim[];
  /** The place a story was filed from, at the start of its text ("OSLO –"): a location. */
  dateline?: true;
}

/**
 * A surface's normalised form and token texts, kept for the process: a kb run builds the gazetteer once per
 * pass from the same 10,000 reference and page names, and splitting them again was most of each build.
 */
const SURFACES = new Map<string, { normal: string; tokens: string[] }>();

function surfaceOf(surface: string): { normal: string; tokens: string[] } {
  let known = SURFACES.get(surface);
  if (!known) {
    known = { normal: normaliseName(surface), tokens: tokenize(surface).map((t) => t.text) };
    SURFACES.set(surface, known);
  }
  return known;
}

function addPattern(trie: TokenTrie<Claim[]>, surface: string, claim: Claim, ignore: Set<string>): void {
  const { normal, tokens } = surfaceOf(surface);
  if (ignore.has(normal)) return;
  if (tokens.length === 0) return;
  const claims = trie.at(tokens, () => []);
  if (!claims.some((c) => c.entry === claim.entry && c.via === claim.via)) claims.push(claim);
}

/** "Ada Okonkwo-Reyes" → "Okonkwo-Reyes"; "Karim al Sabri" → "al Sabri" and "Sabri". */
export function surnames(fullName: string, lexicon: Lexicon): string[] {
  const words = fullName.split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  if (wordSets(lexicon).surnameParticles.has(before) && words.length > 2) return [`${before} ${last}`, last];
  return [last];
}

export function buildGazetteer(pages: PageNames[], ignore: string[], lexicon: Lexicon): Gazetteer {
  const ignored = new Set(ignore.map(normaliseName));
  const root = new TokenTrie<Claim[]>();
  const entries: GazetteerEntry[] = [];
  const issues: IssuePage[] = [];
  const add = (e: Omit<GazetteerEntry, 'id'>): GazetteerEntry => {
    const entry = { ...e, id: entries.length };
    entries.push(entry);
    return entry;
  };
  // Reference entries first, so that a page with the same name attaches to them instead of competing.
  const byName = new Map<string, GazetteerEntry>();
  for (const c of referenceCountries()) {
    const entry = add({ type: 'party', kind: 'state', name: c.name, country: true, ...(c.coordinates ? { coordinates: c.coordinates } : {}) });
    byName.set(c.name.toLowerCase(), entry);
    addPattern(root, c.name, { entry: entry.id, via: 'name' }, ignored);
    for (const a of c.aliases) addPattern(root, a, { entry: entry.id, via: 'alias' }, ignored);
    // a page named by another name of the country ("Czechia") is still that country, as party or as place
    for (const a of c.aliases) if (!byName.has(a.toLowerCase())) byName.set(a.toLowerCase(), entry);
    for (const d of c.demonyms) addPattern(root, d, { entry: entry.id, via: 'demonym' }, ignored);
    for (const { name: capital, aliases, coordinates } of c.capitals) {
      // a capital is a reference city: a place only where the text does not read it as a person or another name
      const city = add({ type: 'place', kind: 'city', name: capital, within: c.name, reference: 'city', ...(coordinates ? { coordinates } : {}) });
      for (const form of [capital, ...aliases]) if (!byName.has(form.toLowerCase())) byName.set(form.toLowerCase(), city);
      addPattern(root, capital, { entry: city.id, via: 'name' }, ignored);
      for (const a of aliases) addPattern(root, a, { entry: city.id, via: 'alias' }, ignored);
    }
  }
  // International organisations: parties known by name, other names and acronyms (as written: "WHO", never "Who").
  for (const o of referenceOrganisations()) {
    const entry = add({ type: 'party', kind: o.kind, name: o.name, aliases: [...o.acronyms, ...o.aliases] });
    for (const form of [o.name, ...o.aliases, ...o.acronyms]) if (!byName.has(form.toLowerCase())) byName.set(form.toLowerCase(), entry);
    addPattern(root, o.name, { entry: entry.id, via: 'name' }, ignored);
    for (const a of [...o.aliases, ...o.acronyms]) addPattern(root, a, { entry: entry.id, via: 'alias' }, ignored);
  }
  // World regions, then major cities and their regions: after countries and capitals, which win a shared name
  // ("Mexico", "Kuwait", "Micronesia").
  for (const r of referenceRegions()) {
    if (byName.has(r.name.toLowerCase())) continue;
    const entry = add({ type: 'place', kind: 'region', name: r.name, reference: 'region' });
    byName.set(r.name.toLowerCase(), entry);
    addPattern(root, r.name, { entry: entry.id, via: 'name' }, ignored);
    for (const a of r.aliases) addPattern(root, a, { entry: entry.id, via: 'alias' }, ignored);
  }
  // A region named by a word of direction alone ("Central", "Western") is an adjective far more often than the region.
  const compass = wordSets(lexicon).compassWords;
  for (const c of referenceCities()) {
    if (byName.has(c.name.toLowerCase()) || compass.has(c.name.toLowerCase())) continue;
    const entry = add({ type: 'place', kind: c.kind, name: c.name, reference: c.kind, ...(c.country ? { within: c.country } : {}), ...(c.coordinates ? { coordinates: c.coordinates } : {}) });
    byName.set(c.name.toLowerCase(), entry);
    addPattern(root, c.name, { entry: entry.id, via: 'name' }, ignored);
    for (const a of c.aliases) addPattern(root, a, { entry: entry.id, via: 'alias' }, ignored);
  }
  for (const page of pages) {
    const { type } = splitType(page.key);
    if (type === 'date') continue;
    if (ignored.has(normaliseName(page.name))) continue;
    if (type === 'issue') {
      issues.push({ key: page.key, name: page.name, forms: [page.name, ...page.aliases].map(comparisonForm), family: issueFamily(page.name, lexicon) });
      continue;
    }
    let entry = byName.get(page.name.toLowerCase());
    if (entry && entry.country && type === 'place') {
      entry.placeKey = page.key;
    } else if (entry && (entry.country ? type === 'party' : entry.type === type) && !entry.key) {
      entry.key = page.key;
      entry.name = page.name;
      if (page.kind) entry.kind = page.kind;
    } else {
      entry = add({ type, name: page.name, key: page.key, ...(page.kind ? { kind: page.kind } : {}) });
    }
    for (const { surface, via } of pagePatterns(page, lexicon)) addPattern(root, surface, { entry: entry.id, via }, ignored);
  }
  return { entries, trie: root, issues, ignore: ignored, lexicon };
}

/** The surfaces a party or place page puts in the trie: its name, its aliases, and a person's surnames. */
export function pagePatterns(page: PageNames, lexicon: Lexicon): { surface: string; via: ClaimVia }[] {
  const patterns: { surface: string; via: ClaimVia }[] = [{ surface: page.name, via: 'name' }];
  for (const alias of page.aliases) patterns.push({ surface: alias, via: 'alias' });
  if (page.key.startsWith('party/') && page.kind === 'person') {
    for (const surname of surnames(page.name, lexicon)) patterns.push({ surface: surname, via: 'surname' });
  }
  return patterns;
}

function splitType(key: EntityKey): { type: 'party' | 'place' | 'issue' | 'date' } {
  return { type: key.slice(0, key.indexOf('/')) as 'party' | 'place' | 'issue' | 'date' };
}

/** Longest matches of known names in one text, left to right, case-sensitive, on word boundaries. */
export function matchGazetteer(gazetteer: Gazetteer, text: string, tokens: Token[] = tokenize(text)): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const dateline = matchDateline(gazetteer, text, tokens);
  if (dateline) out.push(dateline);
  let i = dateline ? dateline.lastToken + 1 : 0;
  while (i < tokens.length) {
    const first = i;
    const found = gazetteer.trie.longest(first, (j) => {
      const token = tokens[j];
      // names do not span line breaks or gaps
      return token && (j === first || token.start <= tokens[j - 1]!.end + 1) ? token.text : undefined;
    });
    if (!found || glued(text, tokens, i, found.last)) {
      i++;
      continue;
    }
    const best = found.last;
    const nameEnd = tokens[best]!.end;
    const end = possessiveEnd(tokens, best) ?? nameEnd;
    out.push({ start: tokens[i]!.start, end, nameEnd, firstToken: i, lastToken: best, claims: found.value });
    i = best + 1;
  }
  return out;
}

/**
 * A dateline: the place a story was filed from, at the start of its text before a dash, often in capitals, with its
 * country or state, the day and the agency after it ("OSLO –", "PORT LOUIS, Mauritius, June 3 (AP) —",
 * "Port Louis, Mauritius –"). Capitals there say nothing of the name, so they are looked up in title case.
 */
const DATELINE = /^(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,3})(?=(?:, [\p{L}\p{N} .]{2,30}){0,2}(?: \([\p{L} .]{2,20}\))? [–—-] )/u;

function matchDateline(gazetteer: Gazetteer, text: string, tokens: Token[]): GazetteerMatch | undefined {
  const run = DATELINE.exec(normaliseForMatch(text))?.[1];
  if (!run) return undefined;
  // in capitals, looked up in title case; as written otherwise ("Port Louis, Mauritius –")
  const caps = !/\p{Ll}/u.test(run);
  const form = caps ? run.toLowerCase().replace(/(^|[\s'.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : run;
  const titled = tokenize(form).map((t) => t.text);
  const found = gazetteer.trie.longest(0, (j) => titled[j]);
  if (!found || found.last !== titled.length - 1) return undefined;
  const claims = found.value.filter((c) => gazetteer.entries[c.entry]!.type === 'place' || gazetteer.entries[c.entry]!.country);
  if (claims.length === 0) return undefined;
  const lastToken = titled.length - 1;
  const nameEnd = tokens[lastToken]!.end;
  return { start: 0, end: nameEnd, nameEnd, firstToken: 0, lastToken, claims, dateline: true };
}

/** Whether the gazetteer knows this surface, whole, as some entry's name, alias or acronym ("EU"). */
export function knowsSurface(gazetteer: Gazetteer, surface: string): boolean {
  const tokens = surfaceOf(surface).tokens;
  const found = gazetteer.trie.longest(0, (j) => tokens[j]);
  return found !== undefined && found.last === tokens.length - 1;
}

/** A match glued to letters by an apostrophe or a dot inside a word ("O'Neil" is not "Neil") is no match. */
function glued(text: string, tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && before.end === tokens[first]!.start && /^['.]$/.test(before.text) && /\p{L}/u.test(text[before.start - 1] ?? '')) return true;
  const after = tokens[last + 1];
  return after !== undefined && after.start === tokens[last]!.end && /^\p{L}/u.test(after.text);
}
