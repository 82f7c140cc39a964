// Client script of /search/: reads ?q= and ?type= from the URL, runs Pagefind with the type filter,
// shows facet counts and results, and keeps the URL in step so a search can be shared or bookmarked.

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}
interface SearchResponse {
  results: { data(): Promise<ResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<SearchResponse>;
}

function textWithMarks(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else {
      const area = document.createElement('textarea');
      area.innerHTML = part;
      const text = document.createTextNode(area.value);
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

export function attachSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const pagefind = import(/* @vite-ignore */ form.dataset['pagefindUrl']!) as Promise<Pagefind>;
  let generation = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name=type][value="${CSS.escape(type)}"]`);
  if (radio) radio.checked = true;

  const run = async () => {
    const query = input.value.trim();
    const chosen = form.querySelector<HTMLInputElement>('input[name=type]:checked')?.value ?? '';
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    if (chosen) next.set('type', chosen);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const engine = await pagefind;
    const search = await engine.search(query, chosen ? { filters: { type: chosen } } : {});
    const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
    if (mine !== generation) return;
    for (const cell of form.querySelectorAll<HTMLElement>('[data-facet-count]')) {
      const count = search.totalFilters['type']?.[cell.dataset['facetCount']!] ?? 0;
      cell.textContent = String(count);
    }
    list.replaceChildren();
    for (const result of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      item.append(link);
      if (result.meta.type) {
        const tag = document.createElement('span');
        tag.className = `tag t-${result.meta.type}`;
        tag.textContent = result.meta.type;
        item.append(tag);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'meta';
      excerpt.append(textWithMarks(result.excerpt));
      item.append(excerpt);
      list.append(item);
    }
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  void run();
}
