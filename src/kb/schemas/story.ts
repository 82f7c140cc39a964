// The frontmatter of a story in content/stories/*.mdx: a thread of the collection an editor declares (its
// name, a one-sentence summary, and the parties and issues that define it). Articles join the story whose
// parties and issues they name most; the home page shows a glance per story. Strict, as articles are.
import { z } from 'zod';
import { slug } from './fields.ts';

export const storySchema = z
  .strictObject({
    /** The story's name, its heading on the home page. @example "Velmor ceasefire talks" */
    name: z.string().trim().min(1, { message: 'must not be empty: give the name readers know the story by' }),
    /** One sentence that says what the story is about. */
    summary: z.string().trim().min(1).optional(),
    /** Party pages that define it, by file name. @default [] @example ["velmor-front"] */
    parties: z.array(slug).default([]),
    /** Issue pages that define it, by file name. @default [] @example ["release-of-prisoners"] */
    issues: z.array(slug).default([]),
    /** Order on the home page, lowest first; then by name. @default 0 */
    order: z.number().int().default(0),
  })
  .refine((story) => story.parties.length + story.issues.length > 0, {
    message: 'needs at least one party or issue under parties: or issues:, the pages that define the story',
  });

export type StoryData = z.output<typeof storySchema>;
