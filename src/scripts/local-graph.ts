// Draws an entity's neighbourhood beside its Related list, from the list itself: the strongest few entries
// (their names, types, links and counts) around the entity. A small enhancement: the list is the content and
// works without script; drawn in the browser, the picture costs each of the site's pages no bytes.
import { LOCAL_LABEL, radialLayout } from './radial-layout.ts';
import { shortLabel } from '../kb/text/short-label.ts';

const SVG = 'http://www.w3.org/2000/svg';
const [WIDTH, HEIGHT] = [560, 340];

interface Neighbour {
  name: string;
  type: string;
  href: string;
  weight: number;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** The drawing of `name` (of `type`) and its neighbours, strongest first from the top, clockwise. */
function drawing(name: string, type: string, neighbours: Neighbour[], id: string): SVGSVGElement {
  const nodes = radialLayout(neighbours, WIDTH, HEIGHT);
  const centre = nodes[0]!;
  const max = Math.max(1, ...neighbours.map((n) => n.weight));
  const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'graph-svg', 'aria-labelledby': `${id}-title ${id}-desc` });
  picture.append(
    svg('title', { id: `${id}-title` }, `${name} and the ${neighbours.length} entities it shares most paragraphs with`),
    svg('desc', { id: `${id}-desc` }, "Each line's width shows how many paragraphs they share; the list beside the drawing gives the counts."),
  );
  nodes.slice(1).forEach((node, i) => {
    picture.append(svg('line', { x1: centre.x, y1: centre.y, x2: node.x, y2: node.y, class: 'edge', 'stroke-width': (1 + (4 * neighbours[i]!.weight) / max).toFixed(1) }));
  });
  picture.append(
    svg('g', { class: `node t-${type}` }, svg('circle', { cx: centre.x, cy: centre.y, r: centre.r }), svg('text', { x: centre.x, y: centre.y + centre.r + 16, 'text-anchor': 'middle', class: 'label strong' }, shortLabel(name))),
  );
  nodes.slice(1).forEach((node, i) => {
    const neighbour = neighbours[i]!;
    const left = node.x < centre.x - 1;
    const right = node.x > centre.x + 1;
    const x = left ? node.x - node.r - 5 : right ? node.x + node.r + 5 : node.x;
    const y = right || left ? node.y + 4 : node.y < centre.y ? node.y - node.r - 6 : node.y + node.r + 15;
    picture.append(
      svg(
        'a',
        { href: neighbour.href, class: `node t-${neighbour.type}` },
        svg('title', {}, `${neighbour.name} (${neighbour.type})`),
        svg('circle', { cx: node.x, cy: node.y, r: node.r }),
        svg('text', { x, y, 'text-anchor': left ? 'end' : right ? 'start' : 'middle', class: 'label' }, shortLabel(neighbour.name, LOCAL_LABEL)),
      ),
    );
  });
  return picture;
}

/** Every Related view of the page (`[data-local-graph]`) gets its drawing, once. */
export function drawLocalGraphs(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-local-graph]').forEach((view, n) => {
    if (view.querySelector('svg')) return;
    const size = Number(view.dataset['localGraph']);
    // The open list (the folded rest sits in <details> below it): each entry's link, type tag and count.
    const neighbours = [...view.querySelectorAll<HTMLLIElement>(':scope > div > ul > li')].slice(0, size).map((item) => {
      const link = item.querySelector('a')!;
      const weight = Number((item.querySelector('.count')?.textContent ?? '').replace(/\D/g, ''));
      return { name: link.textContent ?? '', type: item.querySelector('.tag')?.textContent ?? '', href: link.getAttribute('href') ?? '', weight };
    });
    if (neighbours.length === 0) return;
    view.prepend(drawing(view.dataset['name'] ?? '', view.dataset['type'] ?? '', neighbours, `local-graph-${n}`));
  });
}
