// "Velmor" and "the Velmor Strip" in one article are one place: a short place name that starts a longer,
// territorial name the same article uses (X Strip, X Region, X Province, …) is folded into it, unless an
// editor's page already claims the short name for itself.
import type { ExtractedEntity } from '../types.ts';
import { wordSets, type Lexicon } from '../lexicon/lexicon.ts';

/** The territory suffixes are the lexicon's (not crossings or corridors, which are other places). */
export function foldIntoTerritories(entities: ExtractedEntity[], lexicon: Lexicon): ExtractedEntity[] {
  const territorySuffixes = wordSets(lexicon).territorySuffixes;
  const territories = new Map<string, ExtractedEntity>();
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    const words = entity.name.split(' ');
    const last = words.at(-1)?.toLowerCase() ?? '';
    if (words.length >= 2 && territorySuffixes.has(last)) territories.set(words.slice(0, -1).join(' '), entity);
  }
  if (territories.size === 0) return entities;
  const out: ExtractedEntity[] = [];
  for (const entity of entities) {
    const territory = entity.type === 'place' && !entity.key ? territories.get(entity.name) : undefined;
    if (!territory || territory === entity) {
      out.push(entity);
      continue;
    }
    territory.mentions.push(...entity.mentions);
    territory.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    for (const alias of [entity.name, ...entity.aliases]) {
      if (alias !== territory.name && !territory.aliases.includes(alias)) territory.aliases.push(alias);
    }
  }
  return out;
}
