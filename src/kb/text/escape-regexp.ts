// A string as a regular expression that matches it literally: the one escape for building patterns from words.

/** `text` with every character a regular expression gives a meaning to escaped ("U.S." → "U\.S\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
