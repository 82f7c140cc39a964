// Content collections: articles (untrusted Markdown) and the four entity types (editor-owned MDX), each
// validated by the Zod schemas of src/kb/schemas so a bad field stops the build with file and field named.
import { defineCollection } from 'astro:content';
import { articleSchema } from './kb/schemas/article.ts';
import { dateSchema, issueSchema, partySchema, placeSchema } from './kb/schemas/entity.ts';
import { contentFileLoader } from './loaders/content-file-loader.ts';

const pages = (folder: string) => contentFileLoader({ base: `content/${folder}`, extension: '.mdx' });

export const collections = {
  articles: defineCollection({ loader: contentFileLoader({ base: 'content/articles', extension: '.md' }), schema: articleSchema }),
  parties: defineCollection({ loader: pages('parties'), schema: partySchema }),
  places: defineCollection({ loader: pages('places'), schema: placeSchema }),
  dates: defineCollection({ loader: pages('dates'), schema: dateSchema }),
  issues: defineCollection({ loader: pages('issues'), schema: issueSchema }),
};
