// The frontmatter of entity pages in content/{parties,places,dates,issues}/*.mdx, one schema per type. Strict: an
// unknown or misspelt field (`memberof`, `replace`) is an error naming it, never silently dropped.
import { z } from 'zod';
import type { EntityType } from '../types.ts';
import { isoDayOrMonth, slug, textLine, wikidataId } from './fields.ts';

export const PARTY_KINDS = ['state', 'organisation', 'person', 'group', 'media', 'other'] as const;
export const PLACE_KINDS = ['country', 'city', 'region', 'territory', 'corridor', 'crossing', 'site', 'other'] as const;
export const ISSUE_STATUSES = ['open', 'agreed', 'resolved', 'stalled'] as const;

const common = {
  /** The name the page is known by; also its heading. */
  name: textLine('must not be empty: give the name the page is known by'),
  /** Other surface forms the linker must recognise ("U.S.", "al-Rishq"). @default [] */
  aliases: z.array(textLine('must not be empty: remove the empty alias')).default([]),
  /** One sentence shown in previews and search results. */
  summary: textLine().optional(),
  /** Wikidata item, shown as a link and used for schema.org sameAs. @example "Q38" */
  wikidata: wikidataId.optional(),
  /**
   * File names of pages of this type that were merged into this one or renamed to it: their old URLs
   * keep working and send readers here. @default [] @example ["velmor-movement"]
   */
  replaces: z.array(slug).default([]),
};

export const partySchema = z.strictObject({
  ...common,
  /** What sort of party this is. */
  kind: z.enum(PARTY_KINDS, { message: `must be one of ${PARTY_KINDS.join(', ')}` }),
  /** The party this one belongs to, by its page's file name (a spokesman's organisation). @example "velmor-front" */
  memberOf: slug.optional(),
});

export const placeSchema = z.strictObject({
  ...common,
  kind: z.enum(PLACE_KINDS, { message: `must be one of ${PLACE_KINDS.join(', ')}` }),
  /** The place this one lies within, by its page's file name. @example "velmor-strip" */
  within: slug.optional(),
  /** [latitude, longitude] in degrees. @example [30.04, 31.24] */
  coordinates: z
    .tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], {
      message: 'must be [latitude, longitude] in degrees, for example [30.04, 31.24]',
    })
    .optional(),
});

export const dateSchema = z.strictObject({
  ...common,
  /** The day (YYYY-MM-DD) or month (YYYY-MM) the page is about. */
  date: isoDayOrMonth,
});

export const issueSchema = z.strictObject({
  ...common,
  /** Parties involved, by their pages' file names. @default [] */
  parties: z.array(slug).default([]),
  /** Where the matter stands. */
  status: z.enum(ISSUE_STATUSES, { message: `must be one of ${ISSUE_STATUSES.join(', ')}` }).optional(),
});

export const ENTITY_SCHEMAS = {
  party: partySchema,
  place: placeSchema,
  date: dateSchema,
  issue: issueSchema,
} as const satisfies Record<EntityType, z.ZodType>;

export type PartyData = z.output<typeof partySchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type DateData = z.output<typeof dateSchema>;
export type IssueData = z.output<typeof issueSchema>;
export type EntityData = PartyData | PlaceData | DateData | IssueData;
