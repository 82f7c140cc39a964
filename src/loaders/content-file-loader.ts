// Astro content loader for Dossier's content files (articles *.md, entity pages *.mdx), through the engine's
// one content reader (src/kb/content/read-content-file.ts): the same frontmatter parsing, Zod validation and
// error messages as `kb`, and the records `kb` made earlier in the build are reused from its cache instead of
// parsed again. Astro never compiles the files: article text is untrusted and goes through
// src/kb/markdown/render-article.ts, editor prose through src/kb/markdown/render-prose.ts, both on the syntax
// tree with mentions linked. (Compiling each entity page as an MDX module cost more than the rest of a build.)
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
  // The last load's reader and store: what the watcher (set up once, on the first load in `astro dev`) updates.
  let current: { loadFile(name: string, errors: DossierError[]): Promise<void>; store: { delete(id: string): void } } | undefined;
  return {
    name: 'dossier-content-files',
    async load({ store, generateDigest, config, watcher, logger }) {
      const root = new URL('.', config.root).pathname;
      const dir = join(root, 'content', folder);
      const parsed = diskParsedFiles(cachePath(root, 'content.json'), engineDigest(root));
      /** Reads one file into the store; its problems are added to `errors` and the store keeps what it had. */
      const loadFile = async (name: string, errors: DossierError[]) => {
        const file = `content/${folder}/${name}`;
        const id = slugOfFile(name, extension, file, errors);
        if (id === undefined) return;
        const source = decodeContentFile(await readFile(join(dir, name)), file, errors);
        const read = source === undefined ? undefined : readContentFile(collection, id, file, source, errors, parsed);
        // Validated by the reader with the collection's own schema: Astro's parseData would only repeat it.
        if (read && source !== undefined) store.set({ id, data: read.record.data, body: read.body, filePath: file, digest: generateDigest(source) });
      };
      // `astro dev` (npm run dev): a file saved, added or deleted in the folder updates its entry alone.
      if (watcher && current === undefined) {
        watcher.add(dir);
        const nameIn = (path: string) => (dirname(path) === dir && path.endsWith(extension) ? basename(path) : undefined);
        const reload = async (path: string) => {
          const name = nameIn(path);
          if (name === undefined) return;
          const problems: DossierError[] = [];
          await current!.loadFile(name, problems).catch((error: Error) => logger.error(`content/${folder}/${name}: ${error.message}`));
          if (problems.length > 0) logger.error(new DossierErrors(problems).message);
          else logger.info(`reloaded content/${folder}/${name}`);
        };
        watcher.on('add', reload);
        watcher.on('change', reload);
        watcher.on('unlink', (path) => {
          const name = nameIn(path);
          if (name !== undefined) current!.store.delete(name.slice(0, -extension.length));
        });
      }
      current = { loadFile, store };
      const errors: DossierError[] = [];
      store.clear();
      for (const name of listContentFiles(dir, extension)) await loadFile(name, errors);
      if (errors.length > 0) throw new Error(new DossierErrors(errors).message);
    },
  };
}
