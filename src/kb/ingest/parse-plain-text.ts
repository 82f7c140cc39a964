// Reads the plain-text article format (DESIGN.md): headline, optional `key: value` header lines, paragraphs.

import { DossierError } from '../errors.ts';
import { decodeTextFile } from '../fs/decode-text.ts';
import { checkOverrides, checkValue, HEADER_KEYS, type HeaderKey, type IngestOverrides } from './header-values.ts';
import { CONTROL_CHARACTERS, normaliseParagraph } from '../text/normalise-text.ts';
import type { NewArticle } from '../content/content-model.ts';

export type { IngestOverrides } from './header-values.ts';

/** A plain-text article, normalised and checked: ready to become content/articles/<slug>.md. */
/** An article read from plain text, before it is written as a content file. */
export type ParsedArticle = NewArticle;

/** `key: value` with a one-word key; "Norva and Velmor: talks end" is text, not a header. */
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?:\s+(.*))?$/;

/** What to do with a file that is not text. */
const BINARY_HINT = 'Pass a plain-text article: the headline on line 1 and the text under it.';

/** More control characters than this share of the text means the file is not text. */
const MAX_CONTROL_SHARE = 0.01;

/** Decodes the bytes of a file (strict UTF-8) and parses them; see parsePlainText. */
export function parsePlainTextFile(bytes: Uint8Array, file: string, overrides: IngestOverrides = {}): ParsedArticle {
  return parsePlainText(decodeTextFile(bytes, file, { again: 'ingest it again', binary: BINARY_HINT }), file, overrides);
}

/**
 * Parses a plain-text article. Line 1 (the first non-blank line) is the headline; the lines directly under it may
 * be `source: …`, `url: …` and `published: YYYY-MM-DD` headers; the rest is the text. When the text has blank lines,
 * they separate paragraphs (lines in between are joined); when it has none, each line is a paragraph. Overrides
 * beat header lines. Every problem is a DossierError naming `file` and the line.
 */
export function parsePlainText(text: string, file: string, overrides: IngestOverrides = {}): ParsedArticle {
  checkOverrides(overrides);
  refuseBinary(text, file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map(normaliseParagraph);

  const headlineIndex = lines.findIndex((line) => line !== '');
  if (headlineIndex < 0) {
    throw new DossierError('The file is empty.', 'Write the headline on line 1 and the article text under it.', { file });
  }
  const title = lines[headlineIndex] as string;
  const headlineLine = headlineIndex + 1;
  const firstKey = HEADER_LINE.exec(title)?.[1]?.toLowerCase() ?? '';
  if (isHeaderKey(firstKey)) {
    throw new DossierError(
      `Line ${headlineLine} should be the headline but is a \`${firstKey}\` header line.`,
      'Put the headline first and the header lines directly under it.',
      { file, line: headlineLine },
    );
  }

  const headers = new Map<HeaderKey, { value: string; line: number }>();
  let next = headlineIndex + 1;
  for (let match; next < lines.length && (match = HEADER_LINE.exec(lines[next] as string)); next++) {
    const line = next + 1;
    const key = (match[1] as string).toLowerCase();
    if (!isHeaderKey(key)) {
      throw new DossierError(
        `\`${match[1]}\` is not a header Dossier knows: the lines directly under the headline may only be source, url and published.`,
        'Fix or remove the line; if it is the start of the article text, put a blank line between the headline and it.',
        { file, line, field: match[1] as string },
      );
    }
    const earlier = headers.get(key);
    if (earlier) {
      throw new DossierError(
        `The \`${key}\` header appears twice (first on line ${earlier.line}).`,
        'Keep one of the two lines.',
        { file, line, field: key },
      );
    }
    headers.set(key, { value: match[2] ?? '', line });
  }

  const paragraphs = splitParagraphs(lines.slice(next));
  if (paragraphs.length === 0) {
    throw new DossierError(
      'The file has a headline but no article text under it.',
      'Add the paragraphs under the headline, after a blank line.',
      { file, line: headlineLine },
    );
  }

  const value = (key: HeaderKey): string | undefined => {
    const given = overrides[key];
    if (given !== undefined) return given.trim();
    const header = headers.get(key);
    return header && checkValue(key, header.value, { kind: 'header', file, line: header.line });
  };
  const published = value('published');
  if (published === undefined) {
    throw new DossierError(
      'The article has no publication date.',
      'Add a `published: YYYY-MM-DD` line under the headline or pass --published YYYY-MM-DD.',
      { file, field: 'published' },
    );
  }
  const source = value('source');
  const url = value('url');
  return { title, published, ...(source ? { source } : {}), ...(url ? { url } : {}), paragraphs };
}

/**
 * Paragraphs of the text below the headers: separated by blank lines, or, when the text (after any blank lines
 * that open it) has no blank line at all, one per line.
 */
function splitParagraphs(body: string[]): string[] {
  const start = body.findIndex((line) => line !== '');
  if (start < 0) return [];
  const text = body.slice(start, body.findLastIndex((line) => line !== '') + 1);
  if (!text.includes('')) return text;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...text, '']) {
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}

/** NUL characters, or control characters beyond an occasional stray one, mean this is not a text file. */
function refuseBinary(text: string, file: string): void {
  const nul = text.indexOf('\u0000');
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (nul < 0 && controls <= Math.max(2, text.length * MAX_CONTROL_SHARE)) return;
  throw new DossierError(
    nul >= 0
      ? 'The file looks binary (it contains NUL bytes), not like plain text.'
      : `The file looks binary (it has ${controls} control characters), not like plain text.`,
    BINARY_HINT,
    nul >= 0 ? { file, line: text.slice(0, nul).split('\n').length } : { file },
  );
}

function isHeaderKey(key: string): key is HeaderKey {
  return (HEADER_KEYS as readonly string[]).includes(key);
}
