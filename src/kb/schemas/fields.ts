// Zod field types shared by the article and entity schemas: calendar dates, slugs, Wikidata ids.
import { z } from 'zod';
import { normaliseParagraph } from '../text/normalise-text.ts';

/** True when `iso` (YYYY-MM-DD) names a day that exists in the calendar. */
export function isRealDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YAML reads an unquoted 2024-08-25 as a Date: accept both and keep the ISO string. */
function dateToIso(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/**
 * A line of text an editor writes (a headline, a name, an alias), in the normal form of article text: control and
 * invisible characters (zero-width, bidirectional overrides) dropped, spaces collapsed, trimmed, NFC. `empty` is
 * the message when nothing is left; without it an empty line is allowed.
 */
export function textLine(empty?: string) {
  const text = z.string().transform(normaliseParagraph);
  return empty === undefined ? text : text.pipe(z.string().min(1, { message: empty }));
}

/** A calendar day, YYYY-MM-DD. @example "2024-08-25" */
export const isoDay = z.preprocess(
  dateToIso,
  z.string().refine(isRealDay, { message: 'must be a real calendar day written YYYY-MM-DD, for example 2024-08-25' }),
);

/**
 * True when `iso` (YYYY-MM-DD) is not after today: a publication day. A day ahead of UTC's is allowed, since the
 * publisher's own time zone (which ingest reads the day in) may already be on tomorrow.
 */
export function isPastDay(iso: string, now = new Date()): boolean {
  const latest = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return iso <= latest;
}

/** A day of publication: a real calendar day, not in the future. @example "2024-08-25" */
export const publicationDay = isoDay.refine(isPastDay, {
  message: 'is in the future: a publication day cannot be after today, which would also make date pages from it; correct the day',
});

/** A day (YYYY-MM-DD) or a month (YYYY-MM). @example "2024-07" */
export const isoDayOrMonth = z.preprocess(
  dateToIso,
  z.string().refine((value) => isRealDay(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value), {
    message: 'must be a day written YYYY-MM-DD or a month written YYYY-MM, for example 2024-08-25 or 2024-07',
  }),
);

/** The file name of another page without its extension. @example "velmor-front" */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be the file name of a page, lower case with dashes, for example "velmor-front"' });

/** A Wikidata item id. @example "Q38" */
export const wikidataId = z.string().regex(/^Q[1-9]\d*$/, { message: 'must be a Wikidata item id such as Q38' });
