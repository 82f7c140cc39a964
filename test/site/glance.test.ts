// The story at a glance on the seed's build: who wants what on the home page and in full on /issues/ (every
// cell a party's latest stance from kb.json, linked to a paragraph that exists), the Atom feeds of the entity
// pages, outlets, and the reader fixes (404 page, favicon, "1 mention", no "unknown outlet").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { allHtmlFiles, elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { parseAtom } from '../helpers/atom-feed.ts';
import { FEED_ENTRIES, STANCE_TABLE_FULL } from '../../src/lib/bounds.ts';

const siteDir = inject('siteDir');
const kb = readKb(siteDir);
const page = (path: string) => readHtml(siteDir, fileFor(siteDir, path)!);
const byName = (pattern: RegExp, type: string) => kb.entities.find((e) => e.type === type && pattern.test(e.name));
const published = new Map(kb.articles.map((a) => [a.slug, a.published]));

/** An anchor "/articles/<slug>/#pN" points at an element that exists on that article's page. */
function anchorExists(href: string): boolean {
  const [path, id] = href.split('#');
  return id !== undefined && elements(page(new URL(path!, 'http://site').pathname), (el) => el.properties['id'] === id).length === 1;
}

/** The who-wants-what table as { party url → { issue url → the cell } }. */
function stanceCells(tree: Root): Map<string, Map<string, Element>> {
  const table = elements(tree, (el) => el.tagName === 'table' && String(el.properties['className']).includes('stance-table'))[0]!;
  const head = elements(elements(table, (el) => el.tagName === 'thead')[0]!, (el) => el.tagName === 'th');
  const issueUrls = head.slice(1).map((th) => String(elements(th, (el) => el.tagName === 'a')[0]!.properties['href']));
  const cells = new Map<string, Map<string, Element>>();
  for (const row of elements(elements(table, (el) => el.tagName === 'tbody')[0]!, (el) => el.tagName === 'tr')) {
    const [th, ...tds] = row.children.filter((c): c is Element => c.type === 'element');
    const party = String(elements(th!, (el) => el.tagName === 'a')[0]!.properties['href']);
    cells.set(party, new Map(tds.map((td, i) => [issueUrls[i]!, td])));
  }
  return cells;
}

function stanceLink(cell: Element | undefined): { stance: string; href: string } | undefined {
  const link = cell && elements(cell, (el) => el.tagName === 'a' && String(el.properties['className']).includes('stance'))[0];
  return link && { stance: textOf(link), href: String(link.properties['href']) };
}

describe('who wants what', () => {
  it('on the seed home page, Hamas × the lasting truce says "demands" and Israel × the release of Palestinian prisoners says "rejects", each linking to its paragraph', () => {
    const cells = stanceCells(page('/'));
    const hamas = byName(/^Hamas$/, 'party')!;
    const israel = byName(/^Israel$/, 'party')!;
    const truce = byName(/lasting truce/i, 'issue')!;
    const prisoners = byName(/release of Palestinian prisoners/i, 'issue')!;
    const demands = stanceLink(cells.get(hamas.url)?.get(truce.url));
    const rejects = stanceLink(cells.get(israel.url)?.get(prisoners.url));
    expect(demands?.stance).toBe('demands');
    expect(rejects?.stance).toBe('rejects');
    for (const link of [demands!, rejects!]) {
      expect(link.href).toMatch(/^\/articles\/[^/]+\/#p\d+$/);
      expect(anchorExists(link.href), link.href).toBe(true);
    }
  });

  it("every cell, on the home page and on /issues/, is the party's latest stance on the issue in kb.json", () => {
    for (const path of ['/', '/issues/']) {
      const cells = stanceCells(page(path));
      let checked = 0;
      for (const [partyUrl, row] of cells) {
        const party = kb.entities.find((e) => e.url === partyUrl)!;
        for (const [issueUrl, cell] of row) {
          const issue = kb.entities.find((e) => e.url === issueUrl)!;
          const positions = kb.positions
            .filter((p) => p.party === `party/${party.slug}` && p.issue === `issue/${issue.slug}`)
            .sort((a, b) => published.get(a.article)!.localeCompare(published.get(b.article)!) || a.article.localeCompare(b.article) || a.paragraph - b.paragraph);
          const link = stanceLink(cell);
          const latest = positions.at(-1);
          if (!latest) {
            expect(link, `${path} ${party.name} × ${issue.name}`).toBeUndefined();
            continue;
          }
          expect(link, `${path} ${party.name} × ${issue.name}`).toEqual({ stance: latest.stance, href: `/articles/${latest.article}/#p${latest.paragraph}` });
          checked++;
        }
      }
      expect(checked, path).toBeGreaterThan(0);
    }
  });

  it('/issues/ lists the parties and issues with positions, up to its bounds; the tables are captioned, with column and row headers', () => {
    const cells = stanceCells(page('/issues/'));
    expect(cells.size).toBe(Math.min(STANCE_TABLE_FULL.parties, new Set(kb.positions.map((p) => p.party)).size));
    expect([...cells.values()][0]!.size).toBe(Math.min(STANCE_TABLE_FULL.issues, new Set(kb.positions.map((p) => p.issue)).size));
    for (const path of ['/', '/issues/']) {
      const table = elements(page(path), (el) => el.tagName === 'table' && String(el.properties['className']).includes('stance-table'))[0]!;
      expect(textOf(elements(table, (el) => el.tagName === 'caption')[0]!)).toMatch(/latest stance/);
      const headers = elements(table, (el) => el.tagName === 'th').map((th) => th.properties['scope']);
      expect(headers).toContain('col');
      expect(headers).toContain('row');
    }
  });
});

describe('Atom feeds', () => {
  const announced = (path: string) =>
    elements(page(path), (el) => el.tagName === 'link' && el.properties['rel']?.toString() === 'alternate' && el.properties['type'] === 'application/atom+xml').map((el) => String(el.properties['href']));

  it('the Hamas page and the Philadelphi issue page announce feeds that exist, parse as Atom and whose entries each link to an article paragraph', () => {
    for (const entity of [byName(/^Hamas$/, 'party')!, byName(/Philadelphi/i, 'issue')!]) {
      const [href] = announced(entity.url);
      expect(href, entity.url).toBe(`${entity.url}feed.xml`);
      const feed = parseAtom(readFileSync(join(siteDir, fileFor(siteDir, href!)!), 'utf8'));
      expect(feed.title).toContain(entity.name);
      expect(feed.links.find((l) => l.rel === 'self')?.href).toMatch(new RegExp(`${entity.url}feed\\.xml$`));
      expect(feed.entries.length).toBeGreaterThan(0);
      expect(feed.entries.length).toBeLessThanOrEqual(FEED_ENTRIES);
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
      for (const entry of feed.entries) {
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        const { pathname, hash } = new URL(entry.href);
        expect(`${pathname}${hash}`).toMatch(/^\/articles\/[^/]+\/#(p\d+|title)$/);
        expect(anchorExists(`${pathname}${hash}`), entry.href).toBe(true);
      }
    }
  });

  it("the issue's feed carries its positions as entries", () => {
    const issue = byName(/Philadelphi/i, 'issue')!;
    const feed = parseAtom(readFileSync(join(siteDir, fileFor(siteDir, `${issue.url}feed.xml`)!), 'utf8'));
    const positions = kb.positions.filter((p) => p.issue === `issue/${issue.slug}`);
    expect(positions.length).toBeGreaterThan(0);
    for (const position of positions) expect(feed.entries.map((e) => e.summary)).toContain(position.quote);
  });

  it('every entity page announces its own feed', () => {
    for (const entity of kb.entities) expect(announced(entity.url), entity.url).toEqual([`${entity.url}feed.xml`]);
  });
});

describe('reader fixes', () => {
  it('a 404 page and an SVG favicon, linked from every page', () => {
    const notFound = page('/404.html');
    expect(textOf(elements(notFound, (el) => el.tagName === 'h1')[0]!)).toBe('Page not found');
    const icon = elements(page('/'), (el) => el.tagName === 'link' && String(el.properties['rel']) === 'icon')[0]!;
    expect(icon.properties['type']).toBe('image/svg+xml');
    expect(readFileSync(join(siteDir, fileFor(siteDir, String(icon.properties['href']))!), 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('no page says "1 mentions" or prints an unknown outlet', () => {
    for (const file of allHtmlFiles(siteDir)) {
      const text = textOf(readHtml(siteDir, file));
      expect(text, file).not.toMatch(/\b1 mentions\b/);
      expect(text, file).not.toMatch(/unknown outlet/i);
    }
  });

  it('one Related view per entity page, and the infobox says how many outlets name it', () => {
    const hamas = page(byName(/^Hamas$/, 'party')!.url);
    expect(elements(hamas, (el) => el.tagName === 'h2' && /^(Related|Neighbourhood)\b/.test(textOf(el)))).toHaveLength(1);
    const infobox = textOf(elements(hamas, (el) => el.tagName === 'aside')[0]!);
    const sources = new Set(kb.articles.filter((a) => a.source).map((a) => a.source));
    expect(infobox).toMatch(sources.size === 0 ? /Outlets\s*none named/ : /Outlets\s*named by \d+ outlets?/);
  });
});
