// Expands the command line's paths into the article files to ingest: a folder gives every .txt and .html in it.

import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** File endings ingest reads from a folder: plain-text articles and saved web pages. */
const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

/**
 * Each path as given, except a folder, which becomes its own `.txt`, `.html` and `.htm` files (not those of its
 * sub-folders, which often hold a saved page's images and scripts), hidden files left out, in name order. A path
 * that does not exist is kept: reading it reports the problem for that file alone.
 */
export function listInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (isFolder(path) ? filesIn(path) : [path]));
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(folder, name));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
