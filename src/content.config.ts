// Content collections: articles (untrusted Markdown, own loader) and the four entity types (editor-owned
// MDX), each validated by the Zod schemas of src/kb/schemas so a bad field stops the build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './kb/schemas/article.ts';
import { dateSchema, issueSchema, partySchema, placeSchema } from './kb/schemas/entity.ts';
import { articleLoader } from './loaders/article-loader.ts';

const pages = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
  articles: defineCollection({ loader: articleLoader({ base: 'content/articles' }), schema: articleSchema }),
  parties: defineCollection({ loader: pages('parties'), schema: partySchema }),
  places: defineCollection({ loader: pages('places'), schema: placeSchema }),
  dates: defineCollection({ loader: pages('dates'), schema: dateSchema }),
  issues: defineCollection({ loader: pages('issues'), schema: issueSchema }),
};
