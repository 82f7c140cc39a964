// The Atom writer: hostile text from articles comes out as text, the document parses as Atom with a real XML
// parser, and the parser used by the site tests refuses a document that is not well-formed.
import { describe, expect, it } from 'vitest';
import { atomXml } from '../../src/lib/atom.ts';
import { parseAtom } from '../helpers/atom-feed.ts';

const feed = {
  id: 'https://example.org/parties/velmor-front/',
  title: 'Velmor Front & friends <b>',
  subtitle: 'The newest positions',
  self: 'https://example.org/parties/velmor-front/feed.xml',
  page: 'https://example.org/parties/velmor-front/',
  updated: '2025-03-20',
  entries: [
    { id: 'tag:example.org,2025-03-20:a/p1/x', title: 'Velmor Front demands "release" <script>alert(1)</script>', link: 'https://example.org/articles/a/?x=1&y=2#p1', updated: '2025-03-20', summary: "It's < 5 & > 3", author: 'Lantern Wire' },
    { id: 'tag:example.org,2025-03-03:b/p2/x', title: 'Earlier', link: 'https://example.org/articles/b/#p2', updated: '2025-03-03', summary: 'Before.' },
  ],
};

describe('atomXml', () => {
  it('writes an Atom feed whose text and links read back exactly as given', () => {
    const parsed = parseAtom(atomXml(feed));
    expect(parsed.title).toBe(feed.title);
    expect(parsed.links).toEqual([{ rel: 'self', href: feed.self }, { rel: 'alternate', href: feed.page }]);
    expect(parsed.entries).toEqual(feed.entries.map((e) => ({ id: e.id, title: e.title, updated: `${e.updated}T00:00:00Z`, href: e.link, summary: e.summary })));
  });

  it("gives each entry's link only its address: rel=\"alternate\" is a link's default", () => {
    const xml = atomXml(feed);
    const links = [...xml.matchAll(/<entry>.*?<\/entry>/gs)].map((entry) => entry[0].match(/<link [^>]*\/>/)![0]);
    expect(links).toEqual(feed.entries.map((e) => `<link href="${e.link.replace(/&/g, '&amp;')}"/>`));
  });

  it('leaves no tag of the text in the markup', () => {
    expect(atomXml(feed)).not.toContain('<script>');
  });

  it('is refused by the test parser when not well-formed or not Atom', () => {
    expect(() => parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>')).toThrow(/well-formed/);
    expect(() => parseAtom('<rss version="2.0"><channel/></rss>')).toThrow(/not an Atom/);
  });
});
