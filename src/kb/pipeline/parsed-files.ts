// A cache of parsed and validated content files for `kb`: each file's record is reused while the file's size
// and modification time are those it had when parsed, and while the engine's code is unchanged. Saves parsing
// every article's Markdown and every page's YAML again when one article is added. One JSON file, git-ignored.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { writeFileAtomic } from '../fs/write-new-file.ts';
import type { ArticleExtraction } from '../types.ts';
import type { ExtractionStore, StoredNames } from './extract-all.ts';
import { engineFingerprint } from './kb-state.ts';

export interface ParsedFiles {
  /** The record parsed from `path`, if the file is unchanged since. */
  get(path: string): unknown;
  /** Remembers the record parsed from `path` (as the file was when `get` looked at it). */
  set(path: string, record: unknown): void;
}

type Entry = [size: number, mtimeMs: number, record: unknown];

export function diskParsedFiles(file: string): ParsedFiles & {
  /** Remembers the record of a file this run wrote itself, as the file now is. */
  remember(path: string, record: unknown): void;
  save(): void;
} {
  const engine = engineFingerprint();
  let stored: Record<string, Entry> = {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { engine: string; files: Record<string, Entry> };
    if (data.engine === engine) stored = data.files;
  } catch {
    // no cache yet, or a damaged one: parse everything
  }
  const next: Record<string, Entry> = {};
  const seen = new Map<string, Stats | undefined>();
  return {
    get(path) {
      const stat = statSync(path, { throwIfNoEntry: false });
      seen.set(path, stat);
      const entry = stored[path];
      if (!stat || !entry || entry[0] !== stat.size || entry[1] !== stat.mtimeMs) return undefined;
      next[path] = entry;
      return entry[2];
    },
    set(path, record) {
      const stat = seen.get(path); // as it was before it was read, so a change while reading is not hidden
      if (stat) next[path] = [stat.size, stat.mtimeMs, record];
    },
    remember(path, record) {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat) next[path] = [stat.size, stat.mtimeMs, record];
    },
    save() {
      writeFileAtomic(file, JSON.stringify({ engine, files: next }), { durable: false });
    },
  };
}

/**
 * The extraction store of `kb` on disk (one JSON file): the entries of one set of page names (with the names
 * themselves), for the engine's code as it is; `save(names)` keeps those of the names the run ended with, which
 * the next run starts from.
 */
export function diskExtractionStore(file: string): ExtractionStore & { save(names: string): void } {
  const engine = engineFingerprint();
  const byNames = new Map<string, Map<string, ArticleExtraction>>();
  const lists = new Map<string, StoredNames>();
  let latest: StoredNames | undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as StoredNames & { engine: string; entries: Record<string, ArticleExtraction> };
    if (data.engine === engine) {
      byNames.set(data.names, new Map(Object.entries(data.entries)));
      if (Array.isArray(data.pages) && Array.isArray(data.ignore)) {
        latest = { names: data.names, pages: data.pages, ignore: data.ignore };
        lists.set(data.names, latest);
      }
    }
  } catch {
    // nothing stored yet
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
      const stored = { engine, names, pages: list.pages, ignore: list.ignore, entries: Object.fromEntries(entries) };
      writeFileAtomic(file, JSON.stringify(stored), { durable: false });
    },
  };
}
