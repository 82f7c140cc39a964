// What each page carries on the real build, beyond what a reader sees: no attribute that no script, style or
// search index reads, and nothing every page repeats that a cached file can carry once (issue 19's bytes).
import { describe, expect, inject, it } from 'vitest';
import { elements, fileFor, readHtml, readKb } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');
const kb = readKb(siteDir);
const page = (path: string) => readHtml(siteDir, fileFor(siteDir, path)!);

describe('page weight', () => {
  it("an article's mention links carry their address and their class, nothing more", () => {
    const article = kb.articles.find((a) => elements(page(a.url), (el) => el.tagName === 'a' && String(el.properties['className']) === 'mention').length > 2)!;
    const links = elements(page(article.url), (el) => el.tagName === 'a' && String(el.properties['className']) === 'mention');
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(Object.keys(link.properties).sort()).toEqual(['className', 'href']);
  });
});
