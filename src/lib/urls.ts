// Every URL the site emits, base path included (the site also works as a GitHub Pages project site).
import type { EntityKey, EntityType } from '../kb/types.ts';
import { TYPE_FOLDER, splitKey } from '../kb/types.ts';

/** The base path with exactly one trailing slash: "/" or "/dossier/". */
export const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

export function url(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

export function entityUrl(key: EntityKey): string {
  const { type, slug } = splitKey(key);
  return url(`${TYPE_FOLDER[type]}/${slug}/`);
}

/** An entity page's Atom feed of its newest mentions and positions. */
export function feedUrl(key: EntityKey): string {
  return `${entityUrl(key)}feed.xml`;
}

/** An article, or one of its paragraphs: paragraph 0 is the headline (#title), n ≥ 1 is #pn. */
export function articleUrl(slug: string, paragraph?: number): string {
  const anchor = paragraph === undefined ? '' : paragraph === 0 ? '#title' : `#p${paragraph}`;
  return url(`articles/${slug}/${anchor}`);
}

export function typeIndexUrl(type: EntityType | 'article'): string {
  return url(type === 'article' ? 'articles/' : `${TYPE_FOLDER[type]}/`);
}

export const TYPE_LABEL: Record<EntityType | 'article', { one: string; many: string }> = {
  party: { one: 'Party', many: 'Parties' },
  place: { one: 'Place', many: 'Places' },
  date: { one: 'Date', many: 'Dates' },
  issue: { one: 'Issue', many: 'Issues' },
  article: { one: 'Article', many: 'Articles' },
};
