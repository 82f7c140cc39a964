// Crawls the built site from / like a reader clicking every link: no internal link is broken (page or
// #anchor), and every page is reachable.
import { describe, expect, inject, it } from 'vitest';
import { crawl } from '../helpers/crawl.ts';

const siteDir = inject('siteDir');

describe('crawling the site from /', () => {
  it('finds no broken internal link and reaches every page', () => {
    const { broken, unreachable } = crawl(siteDir);
    expect(broken).toEqual([]);
    expect(unreachable).toEqual([]);
  });
});
