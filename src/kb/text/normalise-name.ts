// The comparison form of a name: how two spellings are judged "the same name" when tying entities to pages.

/** NFKD, accents dropped, lower case, possessive dropped, punctuation to spaces, a leading "the" dropped. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
