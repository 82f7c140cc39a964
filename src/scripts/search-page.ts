// Client script of /search/: reads ?q=, ?type= and ?sort= from the URL and keeps them there, shows entity
// suggestions from the names index, then Pagefind's results with paragraph sub-results, facet counts per
// type and more results on request. Arrow keys move between the field and the result links.
// A query fetches only the type filter's index; the kind, year and outlet filters (a third of what a query
// would otherwise download) load when the reader opens "More filters", or when the URL already uses one.
import { excerptNodes, resultType, searchSources, suggestNames, loadPagefind, plural, suggestionUrl, typeTag, type ResultData, type SearchOptions } from './search-engine.ts';
import { FACETS, facetCounts, fillSelect, type Facet } from './search-facets.ts';
import { ENTITY_TYPES } from '../kb/types.ts';

// Results load five at a time, as Pagefind's own interface does: each one costs a fragment download.
const PAGE = 5;
/** Every page has one of these types: a filter on all of them narrows nothing, but makes Pagefind load and count the type filter alone. */
const EVERY_TYPE = { any: ['article', ...ENTITY_TYPES] };
const SUB_RESULTS = 3;

function resultItem(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  item.append(link);
  const type = resultType(result.url);
  if (type) item.append(typeTag(type));
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(excerptNodes(result.excerpt));
  item.append(excerpt);
  // Articles answer with the paragraphs that match (sub-results anchored to #pN).
  const paragraphs = type === 'article' ? result.sub_results.filter((sub) => sub.url.includes('#p')).slice(0, SUB_RESULTS) : [];
  if (paragraphs.length > 0) {
    const list = document.createElement('ul');
    for (const sub of paragraphs) {
      const line = document.createElement('li');
      const anchor = document.createElement('a');
      anchor.href = sub.url;
      anchor.textContent = sub.title;
      anchor.setAttribute('aria-label', `Paragraph ${sub.title.replace('¶', '')}`);
      line.append(anchor, excerptNodes(sub.excerpt));
      list.append(line);
    }
    item.append(list);
  }
  return item;
}

/** The parts of the search page outside its form that show the answers. */
function answerParts() {
  const part = <T extends HTMLElement>(attribute: string): T => document.querySelector<T>(`[${attribute}]`)!;
  return {
    status: part('data-search-page-status'),
    names: part('data-search-names'),
    section: part('data-search-results-section'),
    list: part<HTMLOListElement>('data-search-results'),
    more: part<HTMLButtonElement>('data-search-more'),
  };
}

export function attachSearchPage(form: HTMLFormElement): void {
  const { status, names, section, list, more } = answerParts();
  const { pagefindUrl, namesUrl } = searchSources();
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const narrow = form.querySelector<HTMLDetailsElement>('[data-search-narrow]')!;
  let generation = 0;
  let showMore: (() => Promise<void>) | undefined;
  let filtersLoaded: Promise<unknown> | undefined;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  const radio = form.querySelector<HTMLInputElement>(`input[name=type][value="${CSS.escape(params.get('type') ?? '')}"]`);
  if (radio) radio.checked = true;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  // Their options arrive with the first counts; until then each holds the value the URL asks for.
  for (const select of selects) {
    const wanted = params.get(select.name) ?? '';
    if (wanted) select.replaceChildren(new Option('any', ''), new Option(wanted, wanted));
    select.value = wanted;
    if (wanted) narrow.open = true;
  }

  const showNames = async (query: string, type: string) => {
    const found = query ? (await suggestNames(namesUrl, query, 8)).filter((s) => !type || s.type === type) : [];
    const items = found.map((suggestion) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = suggestionUrl(namesUrl, suggestion);
      link.textContent = suggestion.name;
      item.append(link, typeTag(suggestion.type));
      if (suggestion.alias) {
        const alias = document.createElement('span');
        alias.className = 'meta';
        alias.textContent = `also called ${suggestion.alias}`;
        item.append(alias);
      }
      return item;
    });
    names.querySelector('ul')!.replaceChildren(...items);
    names.hidden = items.length === 0;
    return found.length;
  };

  const run = async () => {
    const query = input.value.trim();
    const type = form.querySelector<HTMLInputElement>('input[name=type]:checked')?.value ?? '';
    const filters: Partial<Record<Facet, string>> = { type };
    for (const select of selects) filters[select.name as Facet] = select.value;
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const facet of FACETS) if (chosen[facet]) next.set(facet, chosen[facet]);
    if (sort.value) next.set('sort', sort.value);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    const mine = ++generation;
    list.setAttribute('aria-busy', 'true');
    const nameCount = await showNames(query, type);
    if (mine !== generation) return;
    if (!query && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      section.hidden = true;
      more.hidden = true;
      status.textContent = '';
      for (const cell of form.querySelectorAll<HTMLElement>('[data-facet-count]')) cell.textContent = '';
      for (const select of selects) select.closest('label')!.hidden = true;
      narrow.hidden = true;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const options: SearchOptions = {
      filters: { ...chosen, type: chosen['type'] ?? EVERY_TYPE },
      // Without a query, a type is browsed newest first.
      ...(sort.value === 'date' || !query ? { sort: { date: 'desc' } } : {}),
    };
    const engine = await loadPagefind(pagefindUrl);
    // Pagefind counts a filter only once its index is loaded: all of them when "More filters" is open.
    if (narrow.open) filtersLoaded ??= engine.filters();
    await filtersLoaded;
    const search = await engine.search(query || null, options);
    const counts = await facetCounts(engine, query || null, chosen, search);
    if (mine !== generation) return;
    for (const cell of form.querySelectorAll<HTMLElement>('[data-facet-count]')) {
      const key = cell.dataset['facetCount']!;
      cell.textContent = String(key ? (counts.type[key] ?? 0) : Object.values(counts.type).reduce((a, b) => a + b, 0));
    }
    for (const select of selects) fillSelect(select, counts[select.name as Facet], select.value);
    narrow.hidden = false;
    let shown = 0;
    list.replaceChildren();
    showMore = async () => {
      const batch = await Promise.all(search.results.slice(shown, shown + PAGE).map((result) => result.data()));
      if (mine !== generation) return;
      list.append(...batch.map(resultItem));
      shown += batch.length;
      more.hidden = shown >= search.results.length;
    };
    await showMore();
    if (mine !== generation) return;
    section.hidden = search.results.length === 0;
    const what = query ? ` for “${query}”` : '';
    const where = type ? ` among ${type === 'party' ? 'parties' : `${type}s`}` : '';
    status.textContent = `${plural(search.results.length, 'page')}${what}${where}${nameCount ? `, ${plural(nameCount, 'matching name')}` : ''}.`;
    list.setAttribute('aria-busy', 'false');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  input.addEventListener('focus', () => void loadPagefind(pagefindUrl));
  more.addEventListener('click', () => void showMore?.());
  narrow.addEventListener('toggle', () => {
    if (narrow.open && !filtersLoaded) void run();
  });

  // Arrow keys: from the field down through every result link (names first), and back up to the field.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-names] a, [data-search-results] a')];
    const at = document.activeElement === input ? -1 : links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== input) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
  void run();
}
