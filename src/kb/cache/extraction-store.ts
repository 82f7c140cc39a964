// Extractions kept between runs. An extraction depends on the article and on every page's names (the
// gazetteer), so it is stored under a digest of the page names and the article's own digest: while no page
// name, alias or the ignore list changes, an unchanged article is not matched again. The store on disk holds
// the entries of one set of names, with the names themselves, so the next run can carry over what a change of
// names cannot touch (src/kb/pipeline/names-delta.ts).
import { createHash } from 'node:crypto';
import type { PageNames } from '../types.ts';
import { z } from 'zod';
import { readStamped, writeStamped } from './cache-files.ts';

/** The store as kept on disk: the names it was made with and the extractions by article digest. */
const STORED = z.object({
  names: z.string(),
  pages: z.array(z.looseObject({ key: z.string(), name: z.string(), aliases: z.array(z.string()) })),
  ignore: z.array(z.string()),
  entries: z.record(z.string(), z.unknown()),
});

/** The page names (and ignore list) a set of stored extractions was made with. */
export interface StoredNames {
  names: string;
  pages: PageNames[];
  ignore: string[];
}

export interface ExtractionStore<V> {
  get(names: string, article: string): V | undefined;
  set(names: string, article: string, extraction: V): void;
  /** The names extractions were last stored under, if any. */
  previous?(): StoredNames | undefined;
  /** Records the names this run stores under (they become `previous` for the next run or pass). */
  use?(names: StoredNames): void;
}

/** The digest of a set of page names and the ignore list, in a canonical order. */
export function namesDigest(pages: PageNames[], ignore: string[]): string {
  const lines = pages.map((page) => JSON.stringify([page.key, page.name, [...(page.aliases ?? [])], page.kind ?? ''])).sort();
  return createHash('sha256').update(JSON.stringify([lines, [...ignore].sort()])).digest('hex');
}

/** The store in the file `path`, for the engine (and inputs) of digest `stamp`; `save(names)` keeps that set's entries. */
export function diskExtractionStore<V>(path: string, stamp: string): ExtractionStore<V> & { save(names: string): void } {
  const byNames = new Map<string, Map<string, V>>();
  const lists = new Map<string, StoredNames>();
  let latest: StoredNames | undefined;
  const data = readStamped<StoredNames & { entries: Record<string, V> }>(path, stamp, STORED);
  if (data) {
    byNames.set(data.names, new Map(Object.entries(data.entries)));
    latest = { names: data.names, pages: data.pages, ignore: data.ignore };
    lists.set(data.names, latest);
  }
  return {
    get: (names, article) => byNames.get(names)?.get(article),
    set(names, article, extraction) {
      let entries = byNames.get(names);
      if (!entries) byNames.set(names, (entries = new Map()));
      entries.set(article, extraction);
    },
    previous: () => latest,
    use(names) {
      lists.set(names.names, names);
      latest = names;
    },
    save(names) {
      const entries = byNames.get(names);
      const list = lists.get(names);
      if (!entries || !list) return;
      writeStamped(path, stamp, { names, pages: list.pages, ignore: list.ignore, entries: Object.fromEntries(entries) });
    },
  };
}
