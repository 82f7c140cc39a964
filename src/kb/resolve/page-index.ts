// Which page a name belongs to: every page's name and aliases, indexed once per run by their comparison form.
import { entityKey, type EntityKey, type EntityType } from '../types.ts';
import type { PageRecord } from '../content/content-model.ts';
import { normaliseName } from '../text/normalise-name.ts';

export interface PageIndex {
  /** The page with this key, if there is one. */
  byKey: Map<EntityKey, PageRecord>;
  /** type → comparison form → keys of the pages claiming it (more than one: a homonym). */
  byName: Map<EntityType, Map<string, EntityKey[]>>;
  /** The key of a page that was renamed or merged (a `replaces` entry) → the page that replaces it. */
  replaced: Map<EntityKey, EntityKey>;
}

export function buildPageIndex(pages: Iterable<PageRecord>): PageIndex {
  const byKey = new Map<EntityKey, PageRecord>();
  const byName = new Map<EntityType, Map<string, EntityKey[]>>();
  const replaced = new Map<EntityKey, EntityKey>();
  for (const page of pages) {
    byKey.set(page.key, page);
    for (const old of page.data.replaces) replaced.set(entityKey(page.type, old), page.key);
    let names = byName.get(page.type);
    if (!names) {
      names = new Map();
      byName.set(page.type, names);
    }
    for (const form of [page.data.name, ...page.data.aliases]) {
      const norm = normaliseName(form);
      if (!norm) continue;
      const keys = names.get(norm) ?? [];
      if (!keys.includes(page.key)) keys.push(page.key);
      names.set(norm, keys);
    }
  }
  return { byKey, byName, replaced };
}

/** The single page of `type` that claims `name`, or undefined when none or several do. */
export function findPage(index: PageIndex, type: EntityType, name: string): EntityKey | undefined {
  const keys = index.byName.get(type)?.get(normaliseName(name));
  return keys && keys.length === 1 ? keys[0] : undefined;
}
