// A record of the last `kb` run that left nothing missing, keyed by a fingerprint of everything a kb run reads:
// the content files, the engine's own code and the lock file, each by name, size and modification time. While
// the fingerprint matches, kb has nothing to do and answers from the record, without reading the articles or
// loading the extraction engine (so a no-change run costs a few hundred stat calls). Deliberately light: only
// node built-ins, so the entry scripts can check it before importing the pipeline.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Homonym, KbResult } from './run-kb.ts';

const CONTENT_FOLDERS = ['articles', 'parties', 'places', 'dates', 'issues'];
// src/kb of the project being built: from the working directory, where every entry point runs (the site
// build's bundled copy of this module lives elsewhere), or else from this file's own place.
const ENGINE_DIR = existsSync(join(process.cwd(), 'src', 'kb', 'pipeline', 'kb-state.ts'))
  ? join(process.cwd(), 'src', 'kb')
  : dirname(dirname(fileURLToPath(import.meta.url)));

function statFiles(dir: string, recursive: boolean, into: string[], counts?: { files: number }): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    into.push(`${dir}\0-`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) statFiles(path, true, into);
      continue;
    }
    const stat = statSync(path, { throwIfNoEntry: false });
    into.push(`${path}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}`);
    if (counts && /^[^.].*\.mdx?$/.test(entry.name)) counts.files++;
  }
}

export interface KbFingerprint {
  hash: string;
  articles: number;
  pages: number;
}

export function kbFingerprint(root: string): KbFingerprint {
  const lines: string[] = [];
  const articles = { files: 0 };
  const pages = { files: 0 };
  for (const folder of CONTENT_FOLDERS) statFiles(join(root, 'content', folder), false, lines, folder === 'articles' ? articles : pages);
  for (const file of [join(root, 'content', 'ignore.yml'), join(root, 'package-lock.json')]) {
    const stat = statSync(file, { throwIfNoEntry: false });
    lines.push(`${file}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}`);
  }
  statFiles(ENGINE_DIR, true, lines);
  return { hash: createHash('sha256').update(lines.join('\n')).digest('hex'), articles: articles.files, pages: pages.files };
}

/** The engine's own code (src/kb) by name, size and mtime: caches of parsed content depend on it. */
export function engineFingerprint(): string {
  const lines: string[] = [];
  statFiles(ENGINE_DIR, true, lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function stateFile(root: string): string {
  return join(root, '.cache', 'dossier', 'kb-state.json');
}

/** Records that the content under `root`, as it is now, needs no new page (and which homonyms it leaves). */
export function recordUpToDate(root: string, homonyms: Homonym[]): void {
  const file = stateFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...kbFingerprint(root), homonyms }));
}

/** The result of a kb run when nothing changed since the last complete one; undefined when kb must run. */
export function upToDateResult(root: string): KbResult | undefined {
  let recorded: KbFingerprint & { homonyms?: Homonym[] };
  try {
    recorded = JSON.parse(readFileSync(stateFile(root), 'utf8')) as KbFingerprint & { homonyms?: Homonym[] };
  } catch {
    return undefined;
  }
  const now = kbFingerprint(root);
  if (now.hash !== recorded.hash) return undefined;
  return {
    missing: [],
    homonyms: recorded.homonyms ?? [],
    stats: { analysed: 0, cached: now.articles },
    extractionS: 0,
    articles: now.articles,
    pages: now.pages,
  };
}
