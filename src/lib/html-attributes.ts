// Meta tags whose values come from untrusted article text, written with every markup character escaped
// (Astro escapes quotes and ampersands in attributes but leaves `<` and `>`, which are harmless to a
// browser yet read as tags by naive scrapers and filters): the head never carries anything tag-like.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** `<meta {kind}="{key}" content="{value}">` with key and value fully escaped. */
export function metaTag(kind: 'name' | 'property', key: string, value: string): string {
  return `<meta ${kind}="${escapeAttribute(key)}" content="${escapeAttribute(value)}">`;
}
