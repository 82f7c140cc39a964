// Astro content loader for content/articles/*.md. Articles are untrusted text, so they are not handed to
// Astro's Markdown renderer: the loader validates the frontmatter and keeps the body, and the site renders
// it through src/kb/markdown/render-article.ts (inert HTML, linked mentions, paragraph anchors).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { DossierError } from '../kb/errors.ts';
import { parseFrontmatter } from '../kb/pipeline/frontmatter.ts';

export function articleLoader(options: { base: string }): Loader {
  return {
    name: 'dossier-articles',
    async load({ store, parseData, generateDigest, config }) {
      const root = new URL('.', config.root).pathname;
      const dir = join(root, options.base);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.md') && !name.startsWith('.')).sort();
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
        const id = name.slice(0, -'.md'.length);
        const data = await parseData({ id, data: frontmatter.data, filePath });
        store.set({ id, data, body: frontmatter.body, filePath, digest: generateDigest(source) });
      }
    },
  };
}
