// Hover and focus previews of entity links (name, type and kind, summary), read from the linked page itself
// and shown in a small tooltip. A progressive enhancement: without it the links simply work. An entity link is
// any link of the page's HTML to an entity page's address (no fragment): pages need not mark them.
import { isEntityPath } from './entity-address.ts';
const cache = new Map<string, Promise<Preview | undefined>>();

interface Preview {
  name: string;
  type: string;
  summary: string;
}

async function load(href: string): Promise<Preview | undefined> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) return undefined;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const heading = doc.querySelector('main h1');
  if (!heading) return undefined;
  const tag = heading.querySelector('.tag')?.textContent ?? '';
  const name = [...heading.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('tag'))).map((n) => n.textContent).join('').trim();
  const kind = [...doc.querySelectorAll('.infobox dt')].find((dt) => dt.textContent === 'Kind')?.nextElementSibling?.textContent ?? '';
  const summary = (doc.querySelector('main .lede') ?? doc.querySelector('main .prose p'))?.textContent?.trim() ?? '';
  return { name, type: [tag, kind].filter(Boolean).join(' · '), summary: summary.length > 220 ? `${summary.slice(0, 219)}…` : summary };
}

/** The entity link an event happened in, if any: an HTML link (not the drawings' SVG ones) to an entity page. */
function entityLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = (target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || link.hash || link.search) return undefined;
  return isEntityPath(link.pathname) ? link : undefined;
}

export function attachLinkPreviews(root: Document): void {
  const tip = root.createElement('div');
  tip.className = 'preview';
  tip.id = 'link-preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  root.body.append(tip);
  let timer: number | undefined;
  let active: HTMLAnchorElement | undefined;

  const hide = () => {
    window.clearTimeout(timer);
    tip.hidden = true;
    active?.removeAttribute('aria-describedby');
    active = undefined;
  };
  const show = (link: HTMLAnchorElement) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      const key = url.pathname;
      if (!cache.has(key)) cache.set(key, load(key).catch(() => undefined));
      const preview = await cache.get(key);
      if (!preview || !link.matches(':hover, :focus')) return;
      const [name, type, summary] = ['strong', 'span', 'p'].map((tag) => root.createElement(tag));
      name!.textContent = preview.name;
      type!.textContent = preview.type;
      type!.className = 'meta';
      summary!.textContent = preview.summary;
      tip.replaceChildren(name!, ' ', type!, ...(preview.summary ? [summary!] : []));
      tip.hidden = false;
      const box = link.getBoundingClientRect();
      const width = Math.min(320, document.documentElement.clientWidth - 16);
      tip.style.width = `${width}px`;
      tip.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
      tip.style.top = `${box.bottom + window.scrollY + 6}px`;
      active = link;
      link.setAttribute('aria-describedby', tip.id);
    }, 250);
  };

  for (const event of ['pointerover', 'focusin'] as const) {
    root.addEventListener(event, (e) => {
      const link = entityLink(e.target);
      if (link) show(link);
    });
  }
  for (const event of ['pointerout', 'focusout'] as const) {
    root.addEventListener(event, (e) => {
      if (entityLink(e.target)) hide();
    });
  }
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
