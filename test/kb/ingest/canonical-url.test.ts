// The address an article is cited by: absolute, no tracking parameters, no AMP path.

import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/kb/ingest/canonical-url.ts';

describe('canonicalUrl', () => {
  it.each([
    ['https://news.example/a/story?utm_source=x&utm_campaign=y&id=7#comments', undefined, 'https://news.example/a/story?id=7'],
    ['https://news.example/a/story?fbclid=1&gclid=2&msclkid=3', undefined, 'https://news.example/a/story'],
    ['https://news.example/amp/a/story', undefined, 'https://news.example/a/story'],
    ['https://news.example/a/story/amp/', undefined, 'https://news.example/a/story'],
    ['https://news.example/a/story.amp.html', undefined, 'https://news.example/a/story.html'],
    ['https://news.example/a/story?amp=1&outputType=amp', undefined, 'https://news.example/a/story'],
    ['https://news-example.cdn.ampproject.org/c/s/news.example/a/story', undefined, 'https://news.example/a/story'],
    ['/a/story', 'https://news.example/saved/page.html', 'https://news.example/a/story'],
  ])('%s (against %s) → %s', (href, base, expected) => {
    expect(canonicalUrl(href, base)).toBe(expected);
  });

  it('gives nothing for what is not a web address', () => {
    expect(canonicalUrl('/only/a/path')).toBeUndefined();
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined();
  });
});
