// Content collections: articles (untrusted Markdown), the four entity types and stories (editor-owned MDX), each
// validated by the Zod schemas of src/kb/schemas so a bad field stops the build with file and field named.
import { defineCollection } from 'astro:content';
import { articleSchema } from './kb/schemas/article.ts';
import { dateSchema, issueSchema, partySchema, placeSchema } from './kb/schemas/entity.ts';
import { storySchema } from './kb/schemas/story.ts';
import { contentFileLoader } from './loaders/content-file-loader.ts';
import { storiesLoader } from './lib/stories-loader.ts';

export const collections = {
  articles: defineCollection({ loader: contentFileLoader('article'), schema: articleSchema }),
  parties: defineCollection({ loader: contentFileLoader('party'), schema: partySchema }),
  places: defineCollection({ loader: contentFileLoader('place'), schema: placeSchema }),
  dates: defineCollection({ loader: contentFileLoader('date'), schema: dateSchema }),
  issues: defineCollection({ loader: contentFileLoader('issue'), schema: issueSchema }),
  // Stories an editor declares (optional): only their frontmatter is read, for the home page's glances.
  stories: defineCollection({ loader: storiesLoader(), schema: storySchema }),
};
