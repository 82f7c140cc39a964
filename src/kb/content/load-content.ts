// Reads and validates everything under content/ for the engine: articles, entity pages and the ignore list,
// each file through the one content reader. Every problem is collected, so one run reports them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DossierError, DossierErrors } from '../errors.ts';
import { removeStaleTempFiles } from '../fs/write-new-file.ts';
import { ENTITY_TYPES, TYPE_FOLDER } from '../types.ts';
import { checkContent } from './check-content.ts';
import type { ArticleRecord, ContentSnapshot, PageRecord } from './content-model.ts';
import type { ParsedFiles } from './parsed-files.ts';
import { decodeContentFile, readContentFile, slugOfFile } from './read-content-file.ts';

/** The git-tracked list of rejected names, relative to the content folder. */
export const IGNORE_FILE = 'ignore.yml';

/**
 * The content files of a folder with `extension`, in name order (hidden files skipped). The temporary files of a
 * writer that was killed are removed first, so every run (kb, ingest, the build) clears what an interrupted one left.
 */
export function listContentFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  removeStaleTempFiles(dir);
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort();
}

/** Reads content/ under `root`; throws DossierErrors listing every problem found. `parsed` reuses unchanged files' records. */
export function loadContent(root: string, contentDir = join(root, 'content'), parsed?: ParsedFiles): ContentSnapshot {
  const errors: DossierError[] = [];
  const show = (path: string) => relative(root, path) || path;

  const articles: ArticleRecord[] = [];
  const articleDir = join(contentDir, 'articles');
  for (const name of listContentFiles(articleDir, '.md')) {
    const file = show(join(articleDir, name));
    const slug = slugOfFile(name, '.md', file, errors);
    if (slug === undefined) continue;
    const source = decodeContentFile(readFileSync(join(articleDir, name)), file, errors);
    const read = source === undefined ? undefined : readContentFile('article', slug, file, source, errors, parsed);
    if (read) articles.push(read.record);
  }

  const pages: PageRecord[] = [];
  for (const type of ENTITY_TYPES) {
    const dir = join(contentDir, TYPE_FOLDER[type]);
    for (const name of listContentFiles(dir, '.mdx')) {
      const file = show(join(dir, name));
      const slug = slugOfFile(name, '.mdx', file, errors);
      if (slug === undefined) continue;
      const source = decodeContentFile(readFileSync(join(dir, name)), file, errors);
      const read = source === undefined ? undefined : readContentFile(type, slug, file, source, errors, parsed);
      if (read) pages.push(read.record);
    }
  }

  return completeSnapshot(articles, pages, contentDir, show(join(contentDir, IGNORE_FILE)), errors);
}

/**
 * The snapshot of records read one by one (here, or by the site's content loader): with the ignore list, and
 * checked across pages. Throws DossierErrors listing `errors` and every problem found here.
 */
export function completeSnapshot(articles: ArticleRecord[], pages: PageRecord[], contentDir: string, ignoreFile: string, errors: DossierError[] = []): ContentSnapshot {
  const ignore = readIgnoreList(join(contentDir, IGNORE_FILE), ignoreFile, errors);
  errors.push(...checkContent(pages));
  if (errors.length > 0) throw new DossierErrors(errors);
  return { articles, pages, ignore };
}

/** content/ignore.yml: a YAML list of names never to extract again. */
export function readIgnoreList(path: string, file: string, errors: DossierError[]): string[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(
      new DossierError(`is not valid YAML (${(error as Error).message.split('\n')[0]}).`, 'Write one "- name" per line.', {
        file,
      }),
    );
    return [];
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data) || data.some((item) => typeof item !== 'string')) {
    errors.push(new DossierError('must be a list of names.', 'Write one "- name" per line, e.g. "- Teams".', { file }));
    return [];
  }
  return data as string[];
}
