// Folds a name to a matching key that is tolerant of transliteration: "El-Tarsiq", "al-Tirsq" and "Tarsik"
// come close; "Quarvel" and "Qarvel" meet. Used by the entity suggestions in the browser and by their tests.
import { withoutAccents } from '../text/normalise-name.ts';

/** Articles and particles that transliterations attach or drop at will. */
const PARTICLES = new Set(['al', 'el', 'ul', 'the']);

/** Spellings of one sound, applied in order on lower-case ASCII. */
const SOUNDS: [RegExp, string][] = [
  [/qu|ck|q|c(?![hie])/g, 'k'],
  [/ph/g, 'f'],
  [/([kgdt])h/g, '$1'],
  [/ou|oo/g, 'u'],
  [/ee|y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** The words of a name, folded: diacritics off, lower case, particles dropped, sounds merged. */
export function foldWords(name: string): string[] {
  const plain = withoutAccents(name)
    .toLowerCase()
    .replace(/['’ʼ`]/g, '');
  const words: string[] = [];
  for (const word of plain.split(/[^\p{L}\p{N}]+/u)) {
    if (!word || PARTICLES.has(word)) continue;
    let folded = word;
    if (/^\p{L}+$/u.test(word)) for (const [pattern, sound] of SOUNDS) folded = folded.replace(pattern, sound);
    words.push(folded);
  }
  return words;
}

/**
 * The shard of the names index a folded word belongs to: its first letter or digit ("_" for anything else).
 * A query fetches only the shard of its first word, so the names index costs a search a small file, not the
 * whole list; an entity sits in the shard of every word of every form of its name.
 */
export function nameShard(foldedWord: string): string {
  const first = foldedWord[0] ?? '';
  return /^[a-z0-9]$/.test(first) ? first : '_';
}
