// Addresses in the browser: the site's base path (Vite writes it into the bundle, so pages need not carry it),
// an entity key's page and whether an address is an entity page's. Pages mark no link as an entity's: its
// address says so.
import { ENTITY_TYPES, TYPE_FOLDER, type EntityKey, type EntityType } from '../kb/types.ts';

export const SITE_BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/** `<base><folder>/<slug>/` of a key such as `party/velmor-front`, as the pages link it. */
export function entityHref(key: EntityKey | string): string {
  const cut = key.indexOf('/');
  return `${SITE_BASE}${TYPE_FOLDER[key.slice(0, cut) as EntityType]}/${key.slice(cut + 1)}/`;
}

const FOLDERS = new Set(ENTITY_TYPES.map((type) => TYPE_FOLDER[type]));

/** Whether a path (no query, no fragment) is an entity page: `<base><folder>/<slug>/`, nothing deeper. */
export function isEntityPath(pathname: string): boolean {
  if (!pathname.startsWith(SITE_BASE)) return false;
  const parts = pathname.slice(SITE_BASE.length).split('/');
  return parts.length === 3 && FOLDERS.has(parts[0]!) && parts[1]!.length > 0 && parts[2] === '';
}
