// Every name the reference data knows (countries, capitals, cities, regions, international organisations), in
// comparison form: a new page under one of them is almost always right.
import { referenceCities, referenceCountries, referenceOrganisations, referenceRegions } from '../extract/reference-data.ts';
import { normaliseName } from '../text/normalise-name.ts';

let cached: Set<string> | undefined;

function names(): Set<string> {
  if (cached) return cached;
  const all: string[] = [];
  for (const country of referenceCountries()) {
    all.push(country.name, ...country.aliases);
    for (const capital of country.capitals) all.push(capital.name, ...capital.aliases);
  }
  for (const city of referenceCities()) all.push(city.name, ...city.aliases);
  for (const region of referenceRegions()) all.push(region.name, ...region.aliases);
  for (const organisation of referenceOrganisations()) all.push(organisation.name, ...organisation.acronyms, ...organisation.aliases);
  cached = new Set(all.map(normaliseName));
  return cached;
}

/** Is one of these names (a page's name and aliases) in the reference data? */
export function inReference(forms: string[]): boolean {
  const known = names();
  return forms.some((form) => known.has(normaliseName(form)));
}
