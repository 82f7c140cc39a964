// How a file is named in messages: relative to the working directory when it lies inside it, else absolute.

import { isAbsolute, relative, resolve } from 'node:path';

/** "content/articles/x.md" for a file under the current directory; the absolute path otherwise. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}
