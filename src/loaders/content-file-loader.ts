// Astro content loader for Dossier's content files (articles *.md, entity pages *.mdx), through the engine's
// one content reader (src/kb/content/read-content-file.ts): the same frontmatter parsing, Zod validation and
// error messages as `kb`, and the records `kb` made earlier in the build are reused from its cache instead of
// parsed again. Astro never compiles the files: article text is untrusted and goes through
// src/kb/markdown/render-article.ts, editor prose through src/kb/markdown/render-prose.ts, both on the syntax
// tree with mentions linked. (Compiling each entity page as an MDX module cost more than the rest of a build.)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { diskParsedFiles } from '../kb/cache/parsed-files.ts';
import { cachePath } from '../kb/cache/cache-files.ts';
import { engineDigest } from '../kb/cache/engine-digest.ts';
import { listContentFiles } from '../kb/content/load-content.ts';
import { decodeContentFile, readContentFile, slugOfFile } from '../kb/content/read-content-file.ts';
import { DossierErrors, type DossierError } from '../kb/errors.ts';
import { TYPE_FOLDER, type EntityType } from '../kb/types.ts';

/** The loader of one collection: the articles, or the pages of one entity type. */
export function contentFileLoader(collection: 'article' | EntityType): Loader {
  const folder = collection === 'article' ? 'articles' : TYPE_FOLDER[collection];
  const extension = collection === 'article' ? '.md' : '.mdx';
  return {
    name: 'dossier-content-files',
    async load({ store, generateDigest, config }) {
      const root = new URL('.', config.root).pathname;
      const dir = join(root, 'content', folder);
      const parsed = diskParsedFiles(cachePath(root, 'content.json'), engineDigest(root));
      const errors: DossierError[] = [];
      store.clear();
      for (const name of listContentFiles(dir, extension)) {
        const file = `content/${folder}/${name}`;
        const id = slugOfFile(name, extension, file, errors);
        if (id === undefined) continue;
        const source = decodeContentFile(await readFile(join(dir, name)), file, errors);
        const read = source === undefined ? undefined : readContentFile(collection, id, file, source, errors, parsed);
        // Validated by the reader with the collection's own schema: Astro's parseData would only repeat it.
        if (read && source !== undefined) store.set({ id, data: read.record.data, body: read.body, filePath: file, digest: generateDigest(source) });
      }
      if (errors.length > 0) throw new Error(new DossierErrors(errors).message);
    },
  };
}
