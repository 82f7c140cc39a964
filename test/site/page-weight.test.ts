// What each page carries on the real build, beyond what a reader sees: no attribute that no script, style or
// search index reads, and nothing every page repeats that a cached file can carry once (issue 19's bytes).
import { describe, expect, inject, it } from 'vitest';
import type { Element } from 'hast';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');
const kb = readKb(siteDir);
const page = (path: string) => readHtml(siteDir, fileFor(siteDir, path)!);
const dataAttributes = (tree: Element) => elements(tree, () => true).flatMap((el) => Object.keys(el.properties).filter((name) => /^data[A-Z]/.test(name)));

describe('page weight', () => {
  it("an article's mention links carry their address and their class, nothing more", () => {
    const article = kb.articles.find((a) => elements(page(a.url), (el) => el.tagName === 'a' && String(el.properties['className']) === 'mention').length > 2)!;
    const links = elements(page(article.url), (el) => el.tagName === 'a' && String(el.properties['className']) === 'mention');
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(Object.keys(link.properties).sort()).toEqual(['className', 'href']);
  });

  it('the shell loads one script and carries no search addresses nor search-index marks outside the indexed body', () => {
    const samples = [kb.articles[0]!.url, kb.entities.find((e) => e.type === 'party')!.url, kb.entities.find((e) => e.type === 'issue')!.url, '/timeline/'];
    for (const url of samples) {
      const tree = page(url);
      const modules = elements(tree, (el) => el.tagName === 'script' && el.properties['type'] === 'module');
      // /timeline/ adds its filter's script; the shell's own is one.
      expect(modules.length, url).toBe(url === '/timeline/' ? 2 : 1);
      for (const el of modules) expect(String(el.properties['src']), url).toMatch(/^\/_astro\/[^/]+\.js$/);
      const shell = elements(tree, (el) => (el.tagName === 'header' && String(el.properties['className']) === 'site-header') || (el.tagName === 'footer' && String(el.properties['className']) === 'site-footer'));
      expect(shell, url).toHaveLength(2);
      for (const part of shell) expect(dataAttributes(part).filter((name) => name !== 'dataSearchBox' && name !== 'dataThemeToggle'), url).toEqual([]);
    }
  });

  it('entity links carry their address alone: previews and the Related drawing read the address, the type tag and the count', () => {
    const hub = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    const tree = elements(page(hub.url), (el) => el.tagName === 'main')[0]!;
    // The page's own links (the editor's prose is linked by the engine, src/kb/markdown, and keeps its marks).
    const entityLinks = elements(tree, (el) => el.tagName === 'a' && String(el.properties['className']) !== 'mention' && /^\/(parties|places|dates|issues)\/[^/]+\/$/.test(String(el.properties['href'])));
    expect(entityLinks.length).toBeGreaterThan(5);
    for (const link of entityLinks) expect(Object.keys(link.properties).filter((name) => name !== 'className'), String(link.properties['href'])).toEqual(['href']);
    const related = elements(tree, (el) => el.tagName === 'section' && String(el.properties['className']) === 'related-view')[0]!;
    expect(elements(related, (el) => el.tagName === 'li').length).toBeGreaterThan(0);
    expect(elements(related, (el) => el.tagName === 'li' && Object.keys(el.properties).length > 0)).toEqual([]);
    // Inside an aside the search index already ignores, no part of it says so again.
    const infobox = elements(tree, (el) => el.tagName === 'aside' && String(el.properties['className']) === 'infobox')[0]!;
    expect(dataAttributes(infobox).filter((name) => name === 'dataPagefindIgnore')).toHaveLength(1);
  });

  it("timeline events carry no list of the keys they name: the full timeline's filter reads their links", () => {
    const party = kb.entities.find((e) => e.type === 'party' && e.mentions.length > 1)!;
    for (const url of ['/timeline/', `/timeline/party/${party.slug}/`]) {
      const list = elements(page(url), (el) => el.tagName === 'ol' && el.properties['dataTimeline'] !== undefined)[0]!;
      const events = elements(list, (el) => el.tagName === 'li' && !String(el.properties['className']).includes('day'));
      expect(events.length, url).toBeGreaterThan(0);
      expect(dataAttributes(list).filter((name) => name !== 'dataTimeline'), url).toEqual([]);
    }
  });

  it('a date written out as YYYY-MM-DD is its own machine-readable value: no time element repeats it as datetime', () => {
    const hub = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    for (const url of ['/', '/articles/', kb.articles[0]!.url, hub.url, '/timeline/']) {
      const times = elements(page(url), (el) => el.tagName === 'time');
      expect(times.length, url).toBeGreaterThan(0);
      for (const time of times) {
        const text = textOf(time);
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) expect(time.properties['dateTime'], `${url}: ${text}`).toBeUndefined();
        else expect(String(time.properties['dateTime']), `${url}: ${text}`).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    }
  });
});
