// The one normaliser of names and phrases: how two spellings are judged "the same" when names are tied to
// pages, issue phrases to issues, and reference names compared. Pure string work (it runs in the browser too).

/** Accents off: NFKD, then every combining mark dropped ("Lenarčič" → "Lenarcic"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The comparison form of a phrase: accents off, lower case, a possessive dropped, punctuation to single spaces. */
export function comparisonForm(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The comparison form of a name: as a phrase's, with a leading "the" dropped ("the Velmor Front" = "Velmor Front"). */
export function normaliseName(name: string): string {
  return comparisonForm(name).replace(/^the /, '');
}
