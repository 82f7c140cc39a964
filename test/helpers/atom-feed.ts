// Reading an Atom feed in tests with a real XML parser (jsdom's DOMParser, which parses XML with saxes):
// well-formed or a thrown error, the Atom namespace checked, each entry's id, title, updated and link.
import { JSDOM } from 'jsdom';

const ATOM = 'http://www.w3.org/2005/Atom';

export interface ParsedAtom {
  title: string;
  links: { rel: string; href: string }[];
  entries: { id: string; title: string; updated: string; href: string; summary: string }[];
}

export function parseAtom(xml: string): ParsedAtom {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  const root = doc.documentElement;
  if (root.localName !== 'feed' || root.namespaceURI !== ATOM) throw new Error(`root is <${root.localName}> in ${root.namespaceURI}, not an Atom <feed>`);
  const child = (parent: Element, name: string) => [...parent.children].find((el) => el.localName === name && el.namespaceURI === ATOM);
  const text = (parent: Element, name: string) => child(parent, name)?.textContent ?? '';
  return {
    title: text(root, 'title'),
    links: [...root.children].filter((el) => el.localName === 'link').map((el) => ({ rel: el.getAttribute('rel') ?? 'alternate', href: el.getAttribute('href') ?? '' })),
    entries: [...root.children]
      .filter((el) => el.localName === 'entry' && el.namespaceURI === ATOM)
      .map((entry) => ({
        id: text(entry, 'id'),
        title: text(entry, 'title'),
        updated: text(entry, 'updated'),
        href: child(entry, 'link')?.getAttribute('href') ?? '',
        summary: text(entry, 'summary'),
      })),
  };
}
