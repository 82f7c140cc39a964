// The loader of content/stories/: Astro's glob loader over *.mdx (frontmatter validated by the collection's
// schema), run only when the folder exists. Stories are optional, and a collection without them should
// build without a warning about a missing folder.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

export const STORIES_FOLDER = 'content/stories';

export function hasStories(root: string): boolean {
  return existsSync(`${root}/${STORIES_FOLDER}`);
}

export function storiesLoader(): Loader {
  const inner = glob({ pattern: '*.mdx', base: `./${STORIES_FOLDER}` });
  return {
    name: 'dossier-stories',
    async load(context) {
      context.store.clear();
      if (hasStories(fileURLToPath(new URL('.', context.config.root)).replace(/\/$/, ''))) await inner.load(context);
    },
  };
}
