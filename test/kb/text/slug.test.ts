// Slugs of headlines and entity names.

import { describe, expect, it } from 'vitest';
import { articleSlug, slugify } from '../../../src/kb/text/slug.ts';

describe('slugify', () => {
  it.each([
    ['Hamas', 'hamas'],
    ['Philadelphi Corridor', 'philadelphi-corridor'],
    ['Égypte — Le Caire', 'egypte-le-caire'],
    ['Straße & Œuvre', 'strasse-oeuvre'],
    ['The Minister’s Office', 'the-ministers-office'],
    ['  U.S.  officials!! ', 'u-s-officials'],
    ['Ｆｕｌｌｗｉｄｔｈ ２０２４', 'fullwidth-2024'],
    ['القاهرة', ''],
    ['🙂', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('cuts long names at a word boundary, to at most 80 characters', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)*$/);
  });

  it('cuts a single overlong word at the limit', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });
});

describe('articleSlug', () => {
  it('prefixes the date and keeps at most 60 characters after it, ending on a whole word', () => {
    const slug = articleSlug('2024-08-25', 'Negotiators leave the capital without agreement after three long days of talks');
    expect(slug).toBe('2024-08-25-negotiators-leave-the-capital-without-agreement-after-three');
    expect(slug.length - '2024-08-25-'.length).toBeLessThanOrEqual(60);
  });

  it('keeps a word that ends exactly at the limit', () => {
    const title = `${'a'.repeat(55)} bcde fgh`;
    expect(articleSlug('2024-01-01', title)).toBe(`2024-01-01-${'a'.repeat(55)}-bcde`);
  });
});
