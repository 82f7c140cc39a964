// The knowledge pages of issue 5 on the real build: contextual backlinks, issue positions, the timeline,
// the views (map, graph), the feeds and the JSON-LD. Pages are found by name through kb.json, never by slug.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Element } from 'hast';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { STORY_GRAPH_NODES, STORY_GRAPH_NODES_NARROW } from '../../src/lib/bounds.ts';

const siteDir = inject('siteDir');
const kb = readKb(siteDir);
const byName = (pattern: RegExp, type?: string) => kb.entities.find((e) => pattern.test(e.name) && (!type || e.type === type));
const page = (path: string) => readHtml(siteDir, fileFor(siteDir, path)!);
const hrefs = (tree: ReturnType<typeof readHtml>) => elements(tree, (el) => el.tagName === 'a').map((a) => String(a.properties['href']));
const main = (tree: ReturnType<typeof readHtml>) => elements(tree, (el) => el.tagName === 'main')[0]!;

describe('entity pages', () => {
  it('the Hamas page lists mentions with quotes linking to #pN anchors that exist', () => {
    const hamas = byName(/^Hamas$/, 'party')!;
    const quotes = elements(page(hamas.url), (el) => el.tagName === 'blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const href = String(elements(quote as never, (el) => el.tagName === 'a')[0]!.properties['href']);
      expect(href).toMatch(/#(p\d+|title)$/);
      const [path, id] = href.split('#');
      expect(elements(page(path!), (el) => el.properties['id'] === id), href).toHaveLength(1);
    }
  });

  it('the Philadelphi issue page links Israel and Hamas and shows a position with party, stance and quote', () => {
    const issue = byName(/Philadelphi/i, 'issue')!;
    const israel = byName(/^Israel$/, 'party')!;
    const hamas = byName(/^Hamas$/, 'party')!;
    const tree = page(issue.url);
    const links = hrefs(main(tree) as never);
    expect(links).toContain(israel.url);
    expect(links).toContain(hamas.url);
    const terms = elements(tree, (el) => el.tagName === 'dt' || el.tagName === 'dd');
    const involvedAt = terms.findIndex((el) => el.tagName === 'dt' && textOf(el) === 'Parties involved');
    expect(involvedAt, 'a "Parties involved" row').toBeGreaterThanOrEqual(0);
    expect(hrefs(terms[involvedAt + 1] as never)).toEqual(expect.arrayContaining([israel.url, hamas.url]));
    const rows = elements(tree, (el) => el.tagName === 'tr' && elements(el as never, (c) => c.tagName === 'td').length === 4);
    const position = rows.find((row) => elements(row as never, (td) => td.tagName === 'td' && /^(demands|rejects|accepts|proposes)$/.test(textOf(td))).length === 1);
    expect(position?.tagName, 'a positions row').toBe('tr');
    const cells = elements(position as never, (el) => el.tagName === 'td');
    expect(hrefs(cells[0] as never).some((href) => href.startsWith('/parties/'))).toBe(true);
    expect(textOf(cells[2]!).length).toBeGreaterThan(30);
  });

  it('date pages link the previous and next dated day', () => {
    const dates = kb.entities.filter((e) => e.type === 'date').sort((a, b) => a.date!.localeCompare(b.date!));
    const middle = page(dates[1]!.url);
    const nav = elements(middle, (el) => el.tagName === 'nav' && el.properties['ariaLabel'] === 'Neighbouring dates')[0]!;
    expect(hrefs(nav as never)).toEqual([dates[0]!.url, dates[2]!.url]);
  });

  it('the one Related view lists the ranking with what its drawing needs, and draws nothing into the page itself', () => {
    const hamas = byName(/^Hamas$/, 'party')!;
    const tree = page(hamas.url);
    const sections = elements(tree, (el) => el.tagName === 'section' && String(el.properties['className']).includes('related-view'));
    expect(sections).toHaveLength(1);
    const view = elements(sections[0]!, (el) => el.properties?.['dataLocalGraph'] !== undefined)[0]!;
    expect(view.properties['dataName']).toBe('Hamas');
    expect(view.properties['dataType']).toBe('party');
    // The open list the drawing reads: each entry's link, type tag and count (its shared paragraphs).
    const openList = elements(view, (el) => el.tagName === 'ul')[0]!;
    const items = openList.children.filter((el): el is Element => el.type === 'element' && el.tagName === 'li');
    expect(items.length).toBeGreaterThan(0);
    const classed = (li: Element, name: string) => elements(li, (el) => ([el.properties['className']].flat() as unknown[]).includes(name))[0];
    const weights = items.map((li) => Number(textOf(classed(li, 'count')!).replace(/\D/g, '')));
    for (const weight of weights) expect(weight).toBeGreaterThan(0);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    for (const li of items) expect(['party', 'place', 'date', 'issue']).toContain(textOf(classed(li, 'tag')!));
    expect(elements(sections[0]!, (el) => el.tagName === 'svg')).toHaveLength(0);
    expect(textOf(tree)).not.toContain('Neighbourhood');
  });

  it('places with coordinates get a locator map, and /map/ pins every such place', () => {
    const map = page('/map/');
    const pins = elements(map, (el) => el.tagName === 'a' && String(el.properties['className']).includes('pin')).map((a) => String(a.properties['href']));
    expect(pins.length).toBeGreaterThan(0);
    for (const href of pins) {
      const locator = elements(page(href), (el) => el.tagName === 'figure' && String(el.properties['className']).includes('locator'));
      expect(locator, href).toHaveLength(1);
    }
  });

  it('editor prose links other pages, never the page itself', () => {
    for (const entity of kb.entities) {
      const prose = elements(page(entity.url), (el) => el.tagName === 'div' && String(el.properties['className']) === 'prose')[0]!;
      expect(hrefs(prose as never)).not.toContain(entity.url);
    }
    const withDate = kb.entities.find((e) => e.type !== 'date' && hrefs(page(e.url)).length > 0);
    const prose = elements(page(withDate!.url), (el) => el.tagName === 'div' && String(el.properties['className']) === 'prose')[0]!;
    expect(hrefs(prose as never).length, 'scaffolded leads name a date page').toBeGreaterThan(0);
  });
});

describe('views', () => {
  it('/timeline/ lists 2023-10-07, 2024-07-02, 2024-08-24 and 2024-08-25 in order', () => {
    const days = elements(page('/timeline/'), (el) => el.tagName === 'li' && String(el.properties['id'] ?? '').startsWith('d-')).map((el) => String(el.properties['id']).slice(2));
    const wanted = ['2023-10-07', '2024-07-02', '2024-08-24', '2024-08-25'];
    const positions = wanted.map((day) => days.indexOf(day));
    expect(positions.every((p) => p >= 0), days.join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect([...days].sort()).toEqual(days);
  });

  it('a timeline narrowed to a party shows only the events naming it', () => {
    // Each event links its paragraph; kb.json says which paragraphs name the party.
    const paragraphsOf = (url: string) => {
      const list = elements(page(url), (el) => el.tagName === 'ol' && el.properties['dataTimeline'] !== undefined)[0]!;
      return elements(list, (el) => el.tagName === 'a' && String(el.properties['href']).startsWith('/articles/')).map((a) => String(a.properties['href']));
    };
    const all = new Set(paragraphsOf('/timeline/'));
    const narrowed = kb.entities.filter((e) => e.type === 'party' && fileFor(siteDir, `/timeline/party/${e.slug}/`));
    expect(narrowed.length).toBeGreaterThan(1);
    let fewer = 0;
    for (const party of narrowed) {
      const naming = new Set(party.mentions.map((m) => `/articles/${m.article}/#${m.paragraph === 0 ? 'title' : `p${m.paragraph}`}`));
      const shown = paragraphsOf(`/timeline/party/${party.slug}/`);
      expect(shown.length, party.name).toBeGreaterThan(0);
      for (const href of shown) expect(naming.has(href), `${party.name}: ${href}`).toBe(true);
      if (new Set(shown).size < all.size) fewer++;
    }
    expect(fewer).toBeGreaterThan(0);
  });

  it('/graph/ draws a bounded set of linked nodes, wide for screens and fewer for phones', () => {
    const drawings = elements(page('/graph/'), (el) => el.tagName === 'svg' && String(el.properties['className']).includes('story'));
    const counts = drawings.map((svg) => elements(svg, (el) => el.tagName === 'a' && String(el.properties['className']).includes('node')).length);
    expect(drawings.map((svg) => (svg.properties['className'] as string[]).at(-1))).toEqual(['wide', 'narrow']);
    expect(counts[0]).toBeGreaterThan(1);
    expect(counts[0]).toBeLessThanOrEqual(STORY_GRAPH_NODES);
    expect(counts[1]).toBe(Math.min(counts[0]!, STORY_GRAPH_NODES_NARROW));
  });
});

describe('feeds and structured data', () => {
  it('writes sitemap.xml and rss.xml with absolute URLs', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
    for (const article of kb.articles) expect(sitemap).toContain(`${article.url}</loc>`);
    const rss = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/^<\?xml/);
    expect(rss.match(/<item>/g)?.length).toBe(Math.min(50, kb.articles.length));
  });

  it('names the sitemap in robots.txt, absolute, and keeps crawlers off the review page', () => {
    const robots = readFileSync(join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(robots).toMatch(/^Disallow: \S*\/review\/$/m);
  });

  it("an article's JSON-LD names at most eight subjects, its most named parties, places and issues, never a date", () => {
    for (const article of kb.articles) {
      const html = readFileSync(join(siteDir, fileFor(siteDir, article.url)!), 'utf8');
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
      const about = (JSON.parse(json) as { about: { url: string }[] }).about;
      expect(about.length).toBeGreaterThan(0);
      expect(about.length).toBeLessThanOrEqual(8);
      for (const thing of about) expect(thing.url).not.toMatch(/\/dates\//);
    }
  });

  it('JSON-LD parses, names Person/Organization/Place and cannot be ended by text inside it', () => {
    const types = new Set<string>();
    for (const path of [...kb.entities.map((e) => e.url), ...kb.articles.map((a) => a.url)]) {
      const html = readFileSync(join(siteDir, fileFor(siteDir, path)!), 'utf8');
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(json).not.toMatch(/[<>]/);
        types.add((JSON.parse(json!) as { '@type': string })['@type']);
      }
    }
    expect(types).toContain('NewsArticle');
    expect(types).toContain('Place');
    expect(types.has('Organization') || types.has('Person')).toBe(true);
  });
});
