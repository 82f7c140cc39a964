// Marks the search terms on the page a search result opened (?highlight=…, added by Pagefind to result
// URLs): a few lines instead of pagefind-highlight.js, loaded only when the parameter is there.
import { escapeRegExp } from '../kb/text/escape-regexp.ts';

/** Wraps every word that starts with one of the terms, inside `root`, in <mark class="search-hit">. */
export function highlightTerms(root: Element, terms: string[]): HTMLElement[] {
  const words = terms.flatMap((term) => term.split(/\s+/)).filter((word) => word.length > 1);
  if (words.length === 0) return [];
  const escaped = words.map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    const hits = [...value.matchAll(pattern)];
    if (hits.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const hit of hits) {
      fragment.append(value.slice(at, hit.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = hit[0];
      marks.push(mark);
      fragment.append(mark);
      at = hit.index + hit[0].length;
    }
    fragment.append(value.slice(at));
    text.replaceWith(fragment);
  }
  return marks;
}
