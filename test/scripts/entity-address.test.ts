// Which addresses are entity pages, as the browser scripts tell them apart (hover previews): a type folder and
// a slug under the site's base path, nothing deeper, no index.
import { describe, expect, it } from 'vitest';
import { SITE_BASE, entityHref, isEntityPath } from '../../src/scripts/entity-address.ts';

describe('isEntityPath', () => {
  it('takes a page of each type and nothing else', () => {
    for (const path of ['parties/velmor-front/', 'places/port-%C3%A9sa/', 'dates/2024-03-09/', 'dates/2024-03/', 'issues/grain-quota/']) expect(isEntityPath(`${SITE_BASE}${path}`), path).toBe(true);
    for (const path of ['parties/', 'parties/velmor-front', 'parties/velmor-front/mentions/2/', 'parties/velmor-front/feed.xml', 'articles/2024-03-09-quota/', 'timeline/party/velmor-front/', 'search/', '']) {
      expect(isEntityPath(`${SITE_BASE}${path}`), path).toBe(false);
    }
  });

  it('takes nothing outside the base path', () => {
    expect(isEntityPath('parties/velmor-front/')).toBe(false);
  });
});

describe('entityHref', () => {
  it("is the address of a key's page, which isEntityPath takes", () => {
    expect(entityHref('party/velmor-front')).toBe(`${SITE_BASE}parties/velmor-front/`);
    expect(entityHref('date/2024-03')).toBe(`${SITE_BASE}dates/2024-03/`);
    for (const key of ['party/velmor-front', 'place/port-esa', 'date/2024-03-09', 'issue/grain-quota']) expect(isEntityPath(entityHref(key)), key).toBe(true);
  });
});
