// The quote kept with a mention or a position: its sentence, as written. A sentence longer than QUOTE_LIMIT
// characters (a text without full stops, a pasted table) is cut to the QUOTE_LIMIT characters around the mention,
// at word breaks where there are any, marked "…" where cut: what is kept per mention is bounded, so a long
// sentence naming many things costs storage in proportion to its length, not to its length squared.

/** The longest quote kept whole, in UTF-16 units; README.md ("Limits") documents it. */
export const QUOTE_LIMIT = 1000;

/** How far from a window's edge a cut may move back to a word break. */
const WORD_SLACK = 40;

/**
 * The quote for a mention at `at` in `text`: the range `sentence` of it (the whole text when no sentence holds the
 * mention), or past QUOTE_LIMIT the window of QUOTE_LIMIT units around `at` within that range.
 */
export function quoteAround(text: string, sentence: { start: number; end: number } | undefined, at: number): string {
  const { start, end } = sentence ?? { start: 0, end: text.length };
  if (end - start <= QUOTE_LIMIT) return text.slice(start, end);
  let from = Math.max(start, Math.min(at - QUOTE_LIMIT / 2, end - QUOTE_LIMIT));
  let to = Math.min(end, from + QUOTE_LIMIT);
  if (from > start) from = wordBreakAfter(text, from, at);
  if (to < end) to = wordBreakBefore(text, to, at);
  // Never split a surrogate pair at either cut.
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from++;
  if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to--;
  return `${from > start ? '…' : ''}${text.slice(from, to).trim()}${to < end ? '…' : ''}`;
}

/** The first word's start at or after `from` (within WORD_SLACK and not past the mention), else `from`. */
function wordBreakAfter(text: string, from: number, at: number): number {
  for (let i = from; i < Math.min(from + WORD_SLACK, at); i++) if (/\s/.test(text[i - 1]!) && !/\s/.test(text[i]!)) return i;
  return from;
}

/** The last word's end at or before `to` (within WORD_SLACK and not before the mention), else `to`. */
function wordBreakBefore(text: string, to: number, at: number): number {
  for (let i = to; i > Math.max(to - WORD_SLACK, at); i--) if (/\s/.test(text[i]!) && !/\s/.test(text[i - 1]!)) return i;
  return to;
}
