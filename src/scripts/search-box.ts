// Client script of the search box: loads Pagefind on first use, shows the top results as a listbox,
// arrow keys move, Enter opens, Escape closes; "/" and Ctrl/⌘+K focus the box from anywhere.

interface PagefindResult {
  url: string;
  meta: { title?: string; type?: string };
  excerpt: string;
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  options?(options: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(src: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ src) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind excerpts mark hits with <mark>; everything else in them is escaped text. Keep only that. */
function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else {
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

function decodeEntities(text: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value;
}

export function attachSearchBox(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('input[type=search]')!;
  const panel = box.querySelector<HTMLElement>('.search-results')!;
  const list = panel.querySelector<HTMLUListElement>('ul')!;
  const status = box.querySelector<HTMLElement>('[data-search-status]')!;
  const src = input.dataset['pagefindUrl']!;
  let active = -1;
  let generation = 0;

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const select = (index: number) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    active = (index + links.length) % links.length;
    links.forEach((link, i) => link.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', links[active]!.id);
    links[active]!.scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      close();
      return;
    }
    const engine = await loadPagefind(src);
    const search = await engine.search(query);
    const results = await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
    if (mine !== generation) return;
    list.replaceChildren();
    results.forEach((result, index) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'none');
      const link = document.createElement('a');
      link.href = result.url;
      link.id = `site-search-option-${index}`;
      link.setAttribute('role', 'option');
      link.setAttribute('aria-selected', 'false');
      const title = document.createElement('strong');
      title.textContent = result.meta.title ?? result.url;
      link.append(title);
      if (result.meta.type) {
        const tag = document.createElement('span');
        tag.className = `tag t-${result.meta.type}`;
        tag.textContent = result.meta.type;
        link.append(tag);
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'excerpt';
      excerpt.append(excerptNode(result.excerpt));
      link.append(excerpt);
      item.append(link);
      list.append(item);
    });
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}`;
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      select(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      select(active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      list.querySelectorAll<HTMLAnchorElement>('a')[active]?.click();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  document.addEventListener('click', (event) => {
    if (!box.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
