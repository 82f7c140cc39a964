// Where a place is: the page's own `coordinates` when an editor set them, else a country's centre from
// world-countries, else a small table of the cities, territories and sites news reporting keeps naming.
import type { PageRecord } from '../kb/content/content-model.ts';
import { referenceCountries } from '../kb/extract/reference-data.ts';
import { normaliseName } from '../kb/text/normalise-name.ts';

export type LatLon = [number, number];

// Capitals and places of the region this dossier follows; world-countries has no city coordinates.
const KNOWN: Record<string, LatLon> = {
  cairo: [30.04, 31.24],
  doha: [25.29, 51.53],
  jerusalem: [31.78, 35.22],
  'tel aviv': [32.09, 34.78],
  'gaza city': [31.5, 34.47],
  'gaza strip': [31.42, 34.36],
  gaza: [31.42, 34.36],
  rafah: [31.29, 34.25],
  'khan younis': [31.35, 34.3],
  'west bank': [31.95, 35.3],
  'philadelphi corridor': [31.25, 34.25],
  'netzarim corridor': [31.44, 34.4],
  'rafah crossing': [31.25, 34.26],
  beirut: [33.89, 35.5],
  damascus: [33.51, 36.29],
  amman: [31.95, 35.93],
  riyadh: [24.71, 46.68],
  tehran: [35.69, 51.39],
  ankara: [39.93, 32.86],
  istanbul: [41.01, 28.98],
  washington: [38.9, -77.04],
  'new york': [40.71, -74.01],
  london: [51.51, -0.13],
  paris: [48.86, 2.35],
  brussels: [50.85, 4.35],
  antwerp: [51.22, 4.4],
  moscow: [55.76, 37.62],
  'the hague': [52.08, 4.3],
  geneva: [46.2, 6.14],
};

let countries: Map<string, LatLon> | undefined;

function countryCentres(): Map<string, LatLon> {
  if (countries) return countries;
  countries = new Map();
  for (const country of referenceCountries()) {
    if (!country.coordinates) continue;
    for (const name of [country.name, ...country.aliases]) countries.set(normaliseName(name), country.coordinates);
  }
  return countries;
}

/** A place's [latitude, longitude], or undefined when nothing says where it is. */
export function coordinatesOf(page: PageRecord): LatLon | undefined {
  if (page.type !== 'place') return undefined;
  const data = page.data;
  if ('coordinates' in data && data.coordinates) return data.coordinates;
  for (const name of [data.name, ...data.aliases]) {
    const known = KNOWN[name.toLowerCase()];
    if (known) return known;
    const country = countryCentres().get(normaliseName(name));
    if (country) return country;
  }
  return undefined;
}
