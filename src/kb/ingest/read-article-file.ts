// Reads one article file by its kind: a saved web page (.html, .htm) or the plain-text article format.

import { extname } from 'node:path';
import type { NewArticle } from '../content/content-model.ts';
import type { IngestOverrides } from './header-values.ts';
import { parsePlainTextFile } from './parse-plain-text.ts';
import { readWebPage } from './read-web-page.ts';

/** The article in `bytes`; command-line values beat what the file says. Throws a DossierError naming `file`. */
export function readArticleFile(bytes: Uint8Array, file: string, overrides: IngestOverrides): NewArticle {
  const extension = extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return readWebPage(bytes, { file, overrides });
  return parsePlainTextFile(bytes, file, overrides);
}
