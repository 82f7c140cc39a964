// The frontmatter of an article in content/articles/*.md: what ingest writes and editors may correct. Strict: an
// unknown or misspelt field is an error, never silently dropped (a misspelt `retracted: true` would leave a retracted article unmarked).
import { z } from 'zod';
import { publicationDay, textLine } from './fields.ts';

export const articleSchema = z.strictObject({
  /** The headline, as published. */
  title: textLine('must not be empty: give the headline'),
  /** Publication day; relative dates in the text ("on Sunday") resolve against it. @example "2024-08-25" */
  published: publicationDay,
  /** The outlet that published it. @example "Voice of America" */
  source: textLine('must not be empty: give the outlet, or remove the line').optional(),
  /** Where the original can be read. */
  url: z
    .url({ protocol: /^https?$/, message: 'must be a web address starting with http:// or https://' })
    .optional(),
  /** Who wrote it, as the byline gives it. @example "Mara Quill" */
  author: textLine('must not be empty: give the byline, or remove the line').optional(),
  /**
   * A syndicated copy (the same wire text from another outlet) names the article it repeats by its slug; its
   * page links that article and its mentions are not counted again. @example "2024-08-25-harbour-talks-resume"
   */
  copyOf: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be the slug of another article (its file name without .md)' }).optional(),
  /** Language of the text (only English is extracted for now). @default "en" */
  language: z.string().default('en'),
  /** Set to true to keep the page with a retraction notice. @default false */
  retracted: z.boolean().default(false),
});

export type ArticleData = z.output<typeof articleSchema>;
