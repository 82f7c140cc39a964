// Country reference data for the gazetteer: names, alternative spellings, demonyms and capitals.
// Source: world-countries (mledoze/countries), licensed ODbL-1.0 — the site must credit it.
import countries from 'world-countries';

export interface ReferenceCountry {
  /** Common English name ("United States"): the party name of the state. */
  name: string;
  /** Other names that stand for the country itself (official name, alternative spellings, dotted forms). */
  aliases: string[];
  /** Adjective and plural forms ("Israeli", "Israelis"): they link to the country only in context. */
  demonyms: string[];
  capitals: string[];
  coordinates?: [number, number];
}

// English news names where world-countries' common name differs: the news name leads, the other becomes an alias.
const NEWS_NAMES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', CV: 'Cape Verde', SZ: 'Swaziland' };

// world-countries lists "US" and "USA" but not the dotted forms news style uses.
const DOTTED: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US'],
  GB: ['U.K.', 'UK'],
};

/** Plural of a demonym used as a noun: "Israeli" → "Israelis"; "Chinese" and "British" have none. */
function demonymPlural(demonym: string): string | undefined {
  return /(an|i)$/.test(demonym) ? `${demonym}s` : undefined;
}

let cached: ReferenceCountry[] | undefined;

export function referenceCountries(): ReferenceCountry[] {
  if (cached) return cached;
  const out: ReferenceCountry[] = [];
  for (const c of countries) {
    const news = NEWS_NAMES[c.cca2];
    const name = news ?? c.name.common;
    const aliases = new Set<string>([c.name.official, c.name.common]);
    for (const alt of c.altSpellings) {
      // Two-letter codes ("IL", "EG") collide with ordinary abbreviations; keep only longer spellings without commas.
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
      name,
      aliases: [...aliases],
      demonyms: [...demonyms],
      capitals: c.capital.filter((x) => x.length > 0),
    };
    if (c.latlng.length === 2) entry.coordinates = [c.latlng[0]!, c.latlng[1]!];
    out.push(entry);
  }
  cached = out;
  return out;
}
