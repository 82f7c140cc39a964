// The one script every page loads (one module file, cached once): the header's search box and its shortcut,
// the marking of search terms on a page opened from a result, hover previews of entity links, and, on pages
// with a Related view, its drawing (fetched only there).
import { attachSearchBox, focusShortcut } from './search-box.ts';
import { HIGHLIGHT_PARAM } from './search-engine.ts';
import { attachLinkPreviews } from './link-preview.ts';

const boxes = [...document.querySelectorAll<HTMLElement>('[data-search-box]')];
for (const box of boxes) attachSearchBox(box);
// On /search/ the shortcut goes to the page's own field; elsewhere to the header box.
const target = document.querySelector<HTMLInputElement>('[data-search-page] input[name=q]') ?? boxes[0]?.querySelector('input');
if (target) focusShortcut(target);

const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
const body = document.querySelector('[data-pagefind-body]');
if (terms.length > 0 && body) {
  void import('./search-highlight.ts').then(({ highlightTerms }) => {
    const [first] = highlightTerms(body, terms);
    if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  });
}

attachLinkPreviews(document);

if (document.querySelector('[data-local-graph]')) void import('./local-graph.ts').then(({ drawLocalGraphs }) => drawLocalGraphs(document));
