// File names (and URL segments) made from headlines and entity names: "2024-08-25-norva-and-the-velmor-front-…", "velmor-front".
import { withoutAccents } from './normalise-name.ts';

/** Longest slug part after an article's date. */
const ARTICLE_SLUG_LENGTH = 60;
/** Longest slug of an entity name. */
const NAME_SLUG_LENGTH = 80;

/** Latin letters that NFKD does not split into a base letter and an accent. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lower case ASCII: accents removed (NFKD, then combining marks dropped), apostrophes dropped ("Norva’s" →
 * "norvas"), every other run of characters that are not a-z or 0-9 made one `-`, cut at a word boundary to at most
 * `maxLength` characters. Returns '' when nothing is left (a name in a non-Latin script, or only symbols).
 */
export function slugify(name: string, maxLength = NAME_SLUG_LENGTH): string {
  const slug = withoutAccents(name.toLowerCase())
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, maxLength);
}

/** `<published>-<slug of title>`: the article's file name without `.md`, and its URL segment. */
export function articleSlug(published: string, title: string): string {
  return `${published}-${slugify(title, ARTICLE_SLUG_LENGTH)}`;
}

/** At most `max` characters, ending at the last whole word when a cut is needed. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  if (slug[max] === '-') return head;
  const lastDash = head.lastIndexOf('-');
  return lastDash > 0 ? head.slice(0, lastDash) : head;
}
