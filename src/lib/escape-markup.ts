// The one way the site escapes text it writes into markup by hand (meta tags in the head, the sitemap's XML):
// every markup character becomes an entity. Astro escapes quotes and ampersands in attributes but leaves `<`
// and `>`, which are harmless to a browser yet read as tags by naive scrapers and filters, so text from
// articles never carries anything tag-like into the head or a feed.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with &, <, >, " and ' as entities: safe in HTML or XML text and in quoted attributes. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** `<meta {kind}="{key}" content="{value}">` with key and value fully escaped. */
export function metaTag(kind: 'name' | 'property', key: string, value: string): string {
  return `<meta ${kind}="${escapeMarkup(key)}" content="${escapeMarkup(value)}">`;
}
