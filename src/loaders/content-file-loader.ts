// Astro content loader for Dossier's content files (articles *.md, entity pages *.mdx): it validates the
// frontmatter against the collection's schema and keeps the body, and nothing more. Astro never compiles
// the files: article text is untrusted and goes through src/kb/markdown/render-article.ts, editor prose
// through src/kb/markdown/render-prose.ts, both on the syntax tree with mentions linked. (Compiling each
// entity page as an MDX module cost more than the rest of a build; see the Performance section of README.)
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { DossierError } from '../kb/errors.ts';
import { parseFrontmatter } from '../kb/content/frontmatter.ts';

export function contentFileLoader(options: { base: string; extension: '.md' | '.mdx' }): Loader {
  return {
    name: 'dossier-content-files',
    async load({ store, parseData, generateDigest, config }) {
      const root = new URL('.', config.root).pathname;
      const dir = join(root, options.base);
      let names: string[] = [];
      try {
        names = (await readdir(dir)).filter((name) => name.endsWith(options.extension) && !name.startsWith('.')).sort();
      } catch {
        // no folder yet: an empty collection
      }
      store.clear();
      for (const name of names) {
        const filePath = relative(root, join(dir, name));
        const source = await readFile(join(dir, name), 'utf8');
        let frontmatter;
        try {
          frontmatter = parseFrontmatter(source, filePath);
        } catch (error) {
          if (error instanceof DossierError) throw new Error(error.message);
          throw error;
        }
        const id = name.slice(0, -options.extension.length);
        const data = await parseData({ id, data: frontmatter.data, filePath });
        store.set({ id, data, body: frontmatter.body, filePath, digest: generateDigest(source) });
      }
    },
  };
}
