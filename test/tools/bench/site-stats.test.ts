// Where a site's bytes go: each output path's page type, and the files and bytes of a built folder per type
// (file sizes, not disk blocks).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageType, siteStats } from '../../../tools/bench/site-stats.ts';

describe('pageType', () => {
  it.each([
    ['articles/2024-03-02-quorn-rovers-win/index.html', 'articles'],
    ['parties/jelco-holdings/index.html', 'entity pages'],
    ['places/wexton/index.html', 'entity pages'],
    ['issues/the-plant-closure/mentions/3/index.html', 'mentions pages'],
    ['parties/jelco-holdings/positions/2/index.html', 'positions pages'],
    ['dates/2024-03/related/index.html', 'related pages'],
    ['parties/jelco-holdings/feed.xml', 'feeds'],
    ['rss.xml', 'feeds'],
    ['timeline/index.html', 'period timelines'],
    ['timeline/2023/index.html', 'period timelines'],
    ['timeline/2024-05/index.html', 'period timelines'],
    ['timeline/party/jelco-holdings/index.html', 'narrowed timelines'],
    ['timeline/issue/the-plant-closure/2024-q1/index.html', 'narrowed timelines'],
    ['index.html', 'indexes'],
    ['parties/index.html', 'indexes'],
    ['articles/index.html', 'indexes'],
    ['kb.json', 'kb.json'],
    ['kb/part-2023.json', 'kb.json'],
    ['pagefind/fragment/en_3a1b.pf_fragment', 'pagefind'],
    ['pagefind/pagefind.js', 'pagefind'],
    ['names.json', 'names index'],
    ['names/j.json', 'names index'],
    ['_astro/Base.Cx1.css', 'assets'],
    ['review/index.html', 'review page'],
    ['graph/index.html', 'graph and map'],
    ['map/index.html', 'graph and map'],
    ['search/index.html', 'other'],
    ['sitemap.xml', 'other'],
    ['favicon.svg', 'other'],
  ])('%s is %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

describe('siteStats', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bench-site-stats-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('counts the files and bytes of every type, adding up to the whole folder', () => {
    const files: Record<string, number> = {
      'index.html': 100,
      'articles/a/index.html': 1200,
      'articles/b/index.html': 800,
      'parties/x/index.html': 3000,
      'parties/x/mentions/2/index.html': 500,
      'parties/x/feed.xml': 70,
      'pagefind/pagefind.js': 9000,
      'pagefind/fragment/f1.pf_fragment': 10,
      'kb.json': 4096,
    };
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), 'x'.repeat(bytes));
    }
    const stats = siteStats(dist);
    expect(stats.byType.articles).toEqual({ files: 2, bytes: 2000, smallest: 800 });
    expect(stats.byType['entity pages']).toEqual({ files: 1, bytes: 3000, smallest: 3000 });
    expect(stats.byType['mentions pages']).toEqual({ files: 1, bytes: 500, smallest: 500 });
    expect(stats.byType.feeds).toEqual({ files: 1, bytes: 70, smallest: 70 });
    expect(stats.byType.pagefind).toEqual({ files: 2, bytes: 9010, smallest: 10 });
    expect(stats.byType['kb.json']).toEqual({ files: 1, bytes: 4096, smallest: 4096 });
    expect(stats.byType.other).toEqual({ files: 0, bytes: 0 });
    expect(stats.distBytes).toBe(Object.values(files).reduce((a, b) => a + b, 0));
    expect(Object.values(stats.byType).reduce((n, x) => n + x.bytes, 0)).toBe(stats.distBytes);
    expect(stats.htmlPages).toBe(5);
    expect(stats.pagefindFiles).toBe(2);
  });
});
