// One normal form for article text, shared by ingest and by the reading of articles: the same words always
// compare equal, whatever spaces, line endings or Unicode composition they arrived with.

/** C0 and C1 control characters other than whitespace: not text, dropped from what is kept. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * A paragraph or headline in normal form: control characters removed, every run of whitespace (tabs, line breaks,
 * non-breaking and other Unicode spaces) made one space, trimmed, in Unicode NFC. Quotes, dashes and every other
 * character are kept as written.
 */
export function normaliseParagraph(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}
