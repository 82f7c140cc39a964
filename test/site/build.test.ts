// The real build of the committed content: the pages of DESIGN.md exist, kb.json keeps its contract,
// article pages link mentions and anchor paragraphs, entity pages show mentions with quotes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');

describe('the built site', () => {
  it('has the home page, the five type indexes, kb.json and the Pagefind index', () => {
    for (const path of ['/', '/parties/', '/places/', '/dates/', '/issues/', '/articles/', '/search/']) {
      expect(fileFor(siteDir, path), path).toBeTypeOf('string');
    }
    expect(existsSync(join(siteDir, 'kb.json'))).toBe(true);
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('writes kb.json per the contract, with entities of all four types', () => {
    const kb = readKb(siteDir);
    expect(kb.articles.length).toBeGreaterThan(0);
    for (const article of kb.articles) {
      expect(article).toMatchObject({ slug: expect.any(String), title: expect.any(String), url: `/articles/${article.slug}/` });
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const types = new Set(kb.entities.map((entity) => entity.type));
    expect([...types].sort()).toEqual(['date', 'issue', 'party', 'place']);
    const slugs = new Set(kb.articles.map((article) => article.slug));
    for (const entity of kb.entities) {
      expect(entity.url).toBe(`/${{ party: 'parties', place: 'places', date: 'dates', issue: 'issues' }[entity.type]}/${entity.slug}/`);
      expect(Array.isArray(entity.aliases)).toBe(true);
      if (entity.type === 'date') expect(entity.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      for (const mention of entity.mentions) {
        expect(slugs.has(mention.article)).toBe(true);
        expect(mention.paragraph).toBeGreaterThanOrEqual(0); // 0 is the headline
        expect(mention.text.length).toBeGreaterThan(0);
      }
    }
    const keys = new Set(kb.entities.map((entity) => `${entity.type}/${entity.slug}`));
    expect(kb.relations.length).toBeGreaterThan(0);
    for (const relation of kb.relations) {
      expect(keys.has(relation.from) && keys.has(relation.to)).toBe(true);
      expect(relation.weight).toBeGreaterThan(0);
    }
  });

  it('links the first mention of each entity in a paragraph, and anchors every paragraph', () => {
    const kb = readKb(siteDir);
    for (const article of kb.articles) {
      const tree = readHtml(siteDir, fileFor(siteDir, article.url)!);
      const paragraphs = elements(tree, (el) => el.tagName === 'p' && /^p\d+$/.test(String(el.properties['id'] ?? '')));
      expect(paragraphs.length).toBeGreaterThan(0);
      paragraphs.forEach((p, i) => expect(p.properties['id']).toBe(`p${i + 1}`));
      let linked = 0;
      for (const paragraph of paragraphs) {
        const hrefs = elements(paragraph as never, (el) => el.tagName === 'a').map((a) => String(a.properties['href']));
        expect(new Set(hrefs).size, `a repeated link in ${article.slug}#${String(paragraph.properties['id'])}`).toBe(hrefs.length);
        for (const href of hrefs) expect(fileFor(siteDir, href), href).toBeTypeOf('string');
        linked += hrefs.length;
      }
      expect(linked).toBeGreaterThan(0);
    }
  });

  it('shows each entity\'s mentions with their quotes and paragraph links', () => {
    const kb = readKb(siteDir);
    const hamas = kb.entities.find((entity) => entity.name === 'Hamas');
    expect(hamas?.type, 'a Hamas page').toBe('party');
    const tree = readHtml(siteDir, fileFor(siteDir, hamas!.url)!);
    const quotes = elements(tree, (el) => el.tagName === 'blockquote');
    expect(quotes.length).toBeGreaterThanOrEqual(new Set(hamas!.mentions.map((m) => `${m.paragraph}:${m.text}`)).size);
    for (const quote of quotes) {
      const anchor = elements(quote as never, (el) => el.tagName === 'a')[0]!;
      const href = String(anchor.properties['href']);
      const [path, id] = href.split('#');
      const target = readHtml(siteDir, fileFor(siteDir, path!)!);
      expect(elements(target, (el) => el.properties['id'] === id).length, href).toBe(1);
      expect(textOf(quote).length).toBeGreaterThan(20);
    }
  });

  it('shows on every content page when it last changed and a link to edit its source file', () => {
    const kb = readKb(siteDir);
    const pages = [
      { url: kb.articles[0]!.url, file: `content/articles/${kb.articles[0]!.slug}.md` },
      ...kb.entities.slice(0, 5).map((entity) => ({
        url: entity.url,
        file: `content/${entity.url.split('/')[1]}/${entity.slug}.mdx`,
      })),
    ];
    for (const { url, file } of pages) {
      const tree = readHtml(siteDir, fileFor(siteDir, url)!);
      const footer = elements(tree, (el) => el.tagName === 'footer' && String(el.properties['className']).includes('page-source'))[0];
      expect(footer?.tagName, url).toBe('footer');
      const edit = elements(footer!, (el) => el.tagName === 'a')[0]!;
      expect(edit.properties['href']).toBe(`https://github.com/example/dossier/edit/main/${file}`);
      expect(textOf(elements(footer!, (el) => el.tagName === 'time')[0]!)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
