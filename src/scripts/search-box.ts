// Client script of the search box in every page header: entity suggestions from the names index first
// (fetched on first focus, tolerant of typos), then Pagefind's full-text results, as one listbox.
// Arrow keys move, Enter opens, Escape closes; "/" and Ctrl/⌘+K focus the box from anywhere.
import { excerptNodes, resultType, searchSources, suggestNames, loadPagefind, plural, suggestionUrl, typeTag, type ResultData } from './search-engine.ts';
import type { Suggestion } from '../kb/search/match-names.ts';

const SUGGESTIONS = 5;
const RESULTS = 6;

function option(id: string, href: string, title: string, type: string | undefined, detail: Node | undefined): HTMLLIElement {
  const item = document.createElement('li');
  item.setAttribute('role', 'none');
  const link = document.createElement('a');
  link.href = href;
  link.id = id;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.tabIndex = -1;
  const strong = document.createElement('strong');
  strong.textContent = title;
  link.append(strong);
  if (type) link.append(typeTag(type));
  if (detail) {
    const line = document.createElement('span');
    line.className = 'excerpt';
    line.append(detail);
    link.append(line);
  }
  item.append(link);
  return item;
}

function separator(text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.setAttribute('role', 'presentation');
  item.className = 'search-group';
  item.textContent = text;
  return item;
}

/**
 * The plain form becomes a combobox: its roles and states, a hint for the keyboard, the listbox panel and the
 * live status that reads out what was found. Added here, with the behaviour they describe, not in each page.
 */
function enhance(box: HTMLElement): { input: HTMLInputElement; panel: HTMLElement; list: HTMLUListElement; status: HTMLElement } {
  const input = box.querySelector<HTMLInputElement>('input[name=q]')!;
  const ids = { panel: `${input.id}-results`, hint: `${input.id}-hint` };
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.id = ids.hint;
  hint.textContent = 'Press slash or Control K to search from anywhere; arrow keys move through the suggestions.';
  input.after(hint);
  const attributes = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': ids.panel,
    'aria-keyshortcuts': '/ Control+K Meta+K',
    'aria-describedby': ids.hint,
  };
  for (const [name, value] of Object.entries(attributes)) input.setAttribute(name, value);
  const panel = document.createElement('div');
  panel.className = 'search-results';
  panel.id = ids.panel;
  panel.hidden = true;
  const list = document.createElement('ul');
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions and results');
  panel.append(list);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  status.dataset['searchStatus'] = '';
  box.append(panel, status);
  return { input, panel, list, status };
}

export function attachSearchBox(box: HTMLElement): void {
  const { input, panel, list, status } = enhance(box);
  const { pagefindUrl, namesUrl } = searchSources();
  let active = -1;
  let generation = 0;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('a[role=option]')];
  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) select(-1);
  };
  // Closed by the reader (Escape, a click elsewhere): answers still on their way are dropped, or Pagefind's
  // results, arriving a moment later, would open the panel again.
  const close = () => {
    generation++;
    open(false);
  };
  const select = (index: number) => {
    const links = options();
    active = links.length === 0 || index < 0 ? -1 : (index + links.length) % links.length;
    links.forEach((link, i) => link.setAttribute('aria-selected', String(i === active)));
    if (active < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', links[active]!.id);
      links[active]!.scrollIntoView({ block: 'nearest' });
    }
  };

  const render = (query: string, suggestions: Suggestion[], results: ResultData[], total: number) => {
    const suggested = new Set(suggestions.map((s) => suggestionUrl(namesUrl, s)));
    const items: HTMLLIElement[] = [];
    suggestions.forEach((s, i) => {
      const detail = s.alias ? document.createTextNode(`also called ${s.alias}`) : undefined;
      items.push(option(`site-search-name-${i}`, suggestionUrl(namesUrl, s), s.name, s.type, detail));
    });
    const texts = results.filter((r) => !suggested.has(new URL(r.url, location.href).pathname));
    if (texts.length > 0 && items.length > 0) items.push(separator('In the text'));
    texts.forEach((r, i) => {
      items.push(option(`site-search-option-${i}`, r.url, r.meta.title ?? r.url, resultType(r.url), excerptNodes(r.excerpt)));
    });
    const all = new URL(input.form!.action);
    all.searchParams.set('q', query);
    items.push(option('site-search-all', all.pathname + all.search, `All results for “${query}”`, undefined, undefined));
    list.replaceChildren(...items);
    status.textContent = `${plural(suggestions.length, 'name')}, ${plural(total, 'page')} found`;
    open(true);
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    const suggestions = await suggestNames(namesUrl, query, SUGGESTIONS);
    if (mine !== generation) return;
    render(query, suggestions, [], 0);
    const search = await (await loadPagefind(pagefindUrl)).search(query);
    const results = await Promise.all(search.results.slice(0, RESULTS).map((result) => result.data()));
    if (mine === generation) render(query, suggestions, results, search.results.length);
  };

  input.addEventListener('focus', () => void loadPagefind(pagefindUrl));
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden && input.value.trim()) open(true);
      select(event.key === 'ArrowDown' ? active + 1 : active < 0 ? -1 + options().length : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active]?.click();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  document.addEventListener('click', (event) => {
    if (!box.contains(event.target as Node) && !panel.hidden) close();
  });
}

/** "/" (outside text fields) and Ctrl/⌘+K focus the given search input from anywhere on the page. */
export function focusShortcut(input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
