// Progressive enhancement of /timeline/: a select that hides the events not naming the chosen party or
// issue (and the days left empty), without leaving the page. The links to narrowed pages work without it. An
// event names an entity when it links the entity's page (each event of the full timeline links its parties
// and issues), so the events carry no list of keys for the filter.
import { entityHref } from './entity-address.ts';

export function attachTimelineFilter(form: HTMLFormElement, list: HTMLElement): void {
  const select = form.querySelector('select')!;
  const status = form.querySelector<HTMLElement>('[data-timeline-status]')!;
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  select.addEventListener('change', () => {
    const key = select.value;
    const link = key === '' ? '' : `a[href="${CSS.escape(entityHref(key))}"]`;
    let shown = 0;
    for (const day of list.querySelectorAll<HTMLElement>(':scope > li')) {
      let inDay = 0;
      for (const item of day.querySelectorAll<HTMLElement>(':scope > ul > li')) {
        const match = link === '' || item.querySelector(link) !== null;
        item.hidden = !match;
        if (match) inDay++;
      }
      day.hidden = inDay === 0;
      shown += inDay;
    }
    status.textContent = key === '' ? '' : `${shown} event${shown === 1 ? '' : 's'} shown.`;
  });
}
