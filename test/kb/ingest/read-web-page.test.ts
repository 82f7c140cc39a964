// Saved news pages of six kinds become one article each: metadata from the right source, body paragraphs only.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebPage } from '../../../src/kb/ingest/read-web-page.ts';
import { articleToMarkdown, paragraphsOf } from '../../../src/kb/content/article-format.ts';
import { EXPECTED, exactShare, PAGES } from '../../helpers/ingest-pages.ts';
import { refusal } from '../../helpers/refusal.ts';

function read(name: string) {
  const file = join(PAGES, `${name}.html`);
  return readWebPage(readFileSync(file), { file, overrides: {} });
}

describe('readWebPage on saved pages', () => {
  it.each(Object.keys(EXPECTED))('%s: headline, date, outlet, address and byline', (name) => {
    const expected = EXPECTED[name]!;
    const article = read(name);
    expect(article).toMatchObject({ title: expected.title, published: expected.published, source: expected.source, url: expected.url });
    expect(article.author).toBe(expected.author ?? undefined);
  });

  it.each(Object.keys(EXPECTED))('%s: at least 95 percent of the body paragraphs exact, and no boilerplate', (name) => {
    const expected = EXPECTED[name]!;
    const { paragraphs } = read(name);
    expect(exactShare(paragraphs, expected.paragraphs)).toBeGreaterThanOrEqual(0.95);
    for (const text of expected.boilerplate) expect(paragraphs.filter((paragraph) => paragraph.includes(text))).toEqual([]);
  });

  it('finds the byline on at least five of the six pages', () => {
    const bylines = Object.keys(EXPECTED).filter((name) => read(name).author !== undefined);
    expect(bylines.length).toBeGreaterThanOrEqual(5);
  });

  it('decodes a page by its declared charset, or by the HTTP header, which wins', () => {
    const bytes = readFileSync(join(PAGES, 'windows-1252.html'));
    expect(read('windows-1252').paragraphs[0]).toContain('Café Rouvel');
    const misread = readWebPage(bytes, { file: 'x.html', overrides: {}, contentType: 'text/html; charset=utf-8' });
    expect(misread.title).toBe('Caf\uFFFD Rouvel closes after 41 years');
  });

  it('takes the command line over the page', () => {
    const file = join(PAGES, 'amp.html');
    const article = readWebPage(readFileSync(file), { file, overrides: { published: '2022-10-01', source: 'Desk Copy' } });
    expect(article).toMatchObject({ published: '2022-10-01', source: 'Desk Copy' });
  });

  it('falls back on a byline and a time element marked as the publication date', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of a page with no metadata at all, only what a reader sees on it.</p>`).join('');
    const html = `<html><head><title>Bare page</title></head><body><h1>Bare page</h1>
<p class="story-byline">By Ada Moss, Health reporter</p><time datetime="2020-01-01">Updated</time> <time itemprop="datePublished" datetime="2019-12-30T22:00:00-08:00">30 Dec</time>
<article>${body}</article></body></html>`;
    const article = readWebPage(new TextEncoder().encode(html), { file: 'bare.html', overrides: {} });
    expect(article).toMatchObject({ title: 'Bare page', published: '2019-12-30', author: 'Ada Moss' });
  });

  it('keeps markup and Markdown written in the page text as text in the article file', () => {
    const hostile = '&lt;script&gt;alert(1)&lt;/script&gt; *bold* [link](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt; {curly}';
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: ${hostile} and enough words to be read as the text.</p>`).join('');
    const html = `<html><head><title>Odd text</title></head><body><h1>Odd text</h1><article>${body}</article></body></html>`;
    const article = readWebPage(new TextEncoder().encode(html), { file: 'odd.html', overrides: { published: '2024-01-01' } });
    expect(article.paragraphs[0]).toBe('Paragraph 1: <script>alert(1)</script> *bold* [link](javascript:alert(1)) <img src=x onerror=alert(2)> {curly} and enough words to be read as the text.');
    const markdown = articleToMarkdown(article);
    expect(markdown).not.toMatch(/(?<!\\)<(?:script|img)/);
    expect(paragraphsOf(markdown.slice(markdown.indexOf('---\n\n') + 5))).toEqual(article.paragraphs);
  });

  it('refuses a paywalled stub, saying what to do', () => {
    const stub = `<html><head><title>Locked story - Example Post</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Locked story","datePublished":"2024-01-02","isAccessibleForFree":false}</script>
</head><body><h1>Locked story</h1><p>The first lines of the story are free to read, the rest is for subscribers.</p></body></html>`;
    expect(refusal(() => readWebPage(new TextEncoder().encode(stub), { file: 'locked.html', overrides: {} }))).toMatch(
      /^locked\.html: The page is behind a paywall: it shows only \d+ characters of the article\. Save the page/,
    );
  });
});
