// Word tokens with offsets, shared by the gazetteer patterns and the article text so both split the same way.

export interface Token {
  /** The token as written, with ’ normalised to ' (one UTF-16 unit, so offsets do not move). */
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Normalise typographic apostrophes for matching only; the result has the same length as the input. */
export function normaliseForMatch(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

/** Letters/digits runs and single punctuation characters, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const normal = normaliseForMatch(text);
  for (const m of normal.matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Where a possessive ("'s", or a bare "'" after s) directly after token i ends, or undefined when there is none. */
export function possessiveEnd(tokens: Token[], i: number): number | undefined {
  const word = tokens[i]!;
  const apostrophe = tokens[i + 1];
  if (apostrophe === undefined || apostrophe.text !== "'" || apostrophe.start !== word.end) return undefined;
  const s = tokens[i + 2];
  if (s !== undefined && s.text === 's' && s.start === apostrophe.end) {
    const after = tokens[i + 3];
    if (after === undefined || after.start > s.end || !/^[\p{L}\p{N}]/u.test(after.text)) return s.end;
    return undefined;
  }
  return /s$|\.$/i.test(word.text) ? apostrophe.end : undefined;
}
