// One normal form for article text, shared by ingest and by the reading of articles: the same words always
// compare equal, whatever spaces, line endings or Unicode composition they arrived with.

/** C0 and C1 control characters other than whitespace: not text, dropped from what is kept. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Characters that show nothing but change what a text is: the soft hyphen, zero-width space, word joiner and byte
 * order mark (a pasted "Ha\u200Bmas" is not the name Hamas to any matcher), and the bidirectional marks, embeddings,
 * overrides and isolates (U+202E turns a title around on the page). Dropped from what is kept. The zero-width joiner
 * and non-joiner stay: Persian, Indic scripts and emoji need them.
 */
export const INVISIBLE_CHARACTERS = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Every character the normal form drops: control characters and invisible ones. */
export const DROPPED_CHARACTERS = new RegExp(`[${CONTROL_CHARACTERS.source.slice(1, -1)}${INVISIBLE_CHARACTERS.source.slice(1, -1)}]`, 'g');

/**
 * A paragraph or headline in normal form: control and invisible characters removed, every run of whitespace (tabs, line breaks,
 * non-breaking and other Unicode spaces) made one space, trimmed, in Unicode NFC. Quotes, dashes and every other
 * character are kept as written.
 */
export function normaliseParagraph(text: string): string {
  return text.replace(DROPPED_CHARACTERS, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}
