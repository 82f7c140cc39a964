// The record of the last `kb` run that left nothing missing, under a digest of everything a kb run reads: the
// bytes of every content file and the engine's own digest. While the digest matches, kb has nothing to do and
// answers from the record without parsing the articles or loading the extraction engine (reading and hashing
// the files is all a no-change run costs). Only node built-ins and the cache files, so an entry script can
// check it before it imports the engine.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachePath, readStamped, writeStamped, type ValueCheck } from './cache-files.ts';
import { engineDigest } from './engine-digest.ts';

/** The folders under content/ a kb run reads; files directly in content/ (the ignore list, word lists) count too. */
const CONTENT_FOLDERS = ['articles', 'parties', 'places', 'dates', 'issues'];

/** Every content file's name and bytes, and how many articles and pages there are. */
export interface ContentDigest {
  digest: string;
  articles: number;
  pages: number;
}

function addFiles(hash: ReturnType<typeof createHash>, dir: string, count?: { files: number }): void {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch {
    hash.update(`${dir}\0-\n`);
    return;
  }
  for (const name of names) {
    hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
    if (count && /^[^.].*\.mdx?$/.test(name)) count.files++;
  }
}

export function contentDigest(root: string): ContentDigest {
  const hash = createHash('sha256');
  const articles = { files: 0 };
  const pages = { files: 0 };
  const content = join(root, 'content');
  addFiles(hash, content);
  for (const folder of CONTENT_FOLDERS) {
    hash.update(`${folder}/\n`);
    addFiles(hash, join(content, folder), folder === 'articles' ? articles : pages);
  }
  return { digest: hash.digest('hex'), articles: articles.files, pages: pages.files };
}

const RECORD = 'up-to-date.json';
/** The record as kept: the content digest, and the run's result (the pipeline's to read); checked by hand, see ValueCheck. */
const RECORDED: ValueCheck = {
  safeParse: (value) => {
    const record = value as { content?: unknown; value?: unknown } | null;
    return { success: typeof record === 'object' && record !== null && typeof record.content === 'string' && typeof record.value === 'object' && record.value !== null };
  },
};

/** Records that the content under `root`, as it is now, needs no new page, with what the run left to say. */
export function recordUpToDate(root: string, value: unknown): void {
  const engine = engineDigest(root);
  writeStamped(cachePath(root, RECORD), engine, { content: contentDigest(root).digest, value });
}

/** What the last complete run recorded, when the content and the engine are as they were then. */
export function upToDate<T>(root: string): (ContentDigest & { value: T }) | undefined {
  const record = readStamped<{ content: string; value: T }>(cachePath(root, RECORD), engineDigest(root), RECORDED);
  if (!record) return undefined;
  const now = contentDigest(root);
  return now.digest === record.content ? { ...now, value: record.value } : undefined;
}
