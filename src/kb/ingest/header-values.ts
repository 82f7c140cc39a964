// Checks the values an article's header lines or command-line flags give for `published`, `source` and `url`.

import { DossierError, type ErrorPlace } from '../errors.ts';
import { isPastDay, isRealDay } from '../schemas/fields.ts';

/** Values given on the command line; each beats the matching header line of every file. */
export interface IngestOverrides {
  /** YYYY-MM-DD */
  published?: string;
  source?: string;
  url?: string;
}

export type HeaderKey = keyof IngestOverrides;
export const HEADER_KEYS: readonly HeaderKey[] = ['source', 'url', 'published'];

/** Where a value came from: a header line of a file, or a command-line flag. */
export type ValueOrigin = { kind: 'header'; file: string; line: number } | { kind: 'flag' };

/** Throws a DossierError unless `value` is acceptable for `key`; returns it unchanged. */
export function checkValue(key: HeaderKey, value: string, origin: ValueOrigin): string {
  const place: ErrorPlace = origin.kind === 'header' ? { file: origin.file, line: origin.line, field: key } : {};
  const given = origin.kind === 'header' ? `\`${value}\`` : `The --${key} value \`${value}\``;
  const fix = (example: string) => (origin.kind === 'header' ? `${key}: ${example}` : `--${key} ${example}`);
  if (value === '') {
    throw new DossierError(
      origin.kind === 'header' ? `The \`${key}\` header has no value.` : `The --${key} flag has no value.`,
      origin.kind === 'header' ? 'Write a value after the colon or remove the line.' : `Give a value after --${key}.`,
      place,
    );
  }
  if (key === 'published' && !isRealDay(value)) {
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `${given} is not a real calendar day.`
      : `${given} is not a date written YYYY-MM-DD.`;
    throw new DossierError(problem, `Write the publication day as YYYY-MM-DD, as in ${fix('2024-08-25')}.`, place);
  }
  if (key === 'published' && !isPastDay(value)) {
    throw new DossierError(`${given} is in the future: a publication day cannot be after today.`, `Correct the day, as in ${fix('2024-08-25')}.`, place);
  }
  if (key === 'url' && !isWebAddress(value)) {
    throw new DossierError(
      `${given} is not a web address starting with http:// or https://.`,
      `Give the address where the article can be read, as in ${fix('https://example.com/story')}.`,
      place,
    );
  }
  return value;
}

/** Checks every command-line value once, before any file is read. */
export function checkOverrides(overrides: IngestOverrides): void {
  for (const key of HEADER_KEYS) {
    const value = overrides[key];
    if (value !== undefined) checkValue(key, value.trim(), { kind: 'flag' });
  }
}

function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
