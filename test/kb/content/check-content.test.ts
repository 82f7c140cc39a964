// Cross-page checks: references to missing pages, cycles in `within`, duplicate names, bad `replaces`.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/kb/content/check-content.ts';
import type { PageRecord } from '../../../src/kb/content/content-model.ts';
import { ENTITY_SCHEMAS } from '../../../src/kb/schemas/entity.ts';
import { TYPE_FOLDER, type EntityType } from '../../../src/kb/types.ts';

function page(type: EntityType, slug: string, data: Record<string, unknown>): PageRecord {
  return {
    key: `${type}/${slug}`,
    type,
    slug,
    file: `content/${TYPE_FOLDER[type]}/${slug}.mdx`,
    data: ENTITY_SCHEMAS[type].parse(data),
  };
}

describe('checkContent', () => {
  it('accepts consistent pages', () => {
    expect(checkContent([
      page('party', 'hamas', { name: 'Hamas', kind: 'organisation' }),
      page('party', 'osama-hamdan', { name: 'Osama Hamdan', kind: 'person', memberOf: 'hamas' }),
      page('place', 'gaza', { name: 'Gaza', kind: 'territory' }),
      page('place', 'rafah', { name: 'Rafah', kind: 'city', within: 'gaza' }),
    ])).toEqual([]);
  });

  it('names every broken reference, cycle and duplicate with file, field and a fix', () => {
    const messages = checkContent([
      page('party', 'osama-hamdan', { name: 'Osama Hamdan', kind: 'person', memberOf: 'hamas' }),
      page('place', 'a', { name: 'A', kind: 'region', within: 'b' }),
      page('place', 'b', { name: 'B', kind: 'region', within: 'a' }),
      page('party', 'qatar', { name: 'Qatar', kind: 'state' }),
      page('party', 'state-of-qatar', { name: 'qatar', kind: 'state' }),
      page('issue', 'truce', { name: 'Truce', parties: ['nobody'], replaces: ['ceasefire'] }),
      page('issue', 'ceasefire', { name: 'Ceasefire' }),
    ]).map((error) => error.message);
    expect(messages).toEqual([
      'content/issues/truce.mdx field `replaces`: replaces "ceasefire", but content/issues/ceasefire.mdx still exists. Delete content/issues/ceasefire.mdx after moving its names into this page\'s aliases, or remove "ceasefire" from "replaces".',
      'content/issues/truce.mdx field `parties`: points to "nobody", but content/parties/nobody.mdx does not exist. Use the file name of an existing page, or remove the "parties" line.',
      'content/parties/osama-hamdan.mdx field `memberOf`: points to "hamas", but content/parties/hamas.mdx does not exist. Use the file name of an existing page, or remove the "memberOf" line.',
      'content/parties/state-of-qatar.mdx field `name`: has the same name "qatar" as content/parties/qatar.mdx. Two pages of one type cannot share a name: merge them (move one page\'s aliases to the other and delete it) or rename one.',
      'content/places/a.mdx field `within`: is within itself through a → b → a. Break the cycle: remove or change one of these "within" lines.',
      'content/places/b.mdx field `within`: is within itself through b → a → b. Break the cycle: remove or change one of these "within" lines.',
    ]);
  });
});

describe('checkContent on aliases and membership', () => {
  it('refuses an alias that is a common English word, which would link every use of the word, but not an acronym', () => {
    const messages = checkContent([
      page('party', 'velmor-front', { name: 'Velmor Front', kind: 'group', aliases: ['the', 'And', 'of the', 'VF', 'WHO', 'the Front'] }),
      page('place', 'port-alden', { name: 'Port Alden', kind: 'city', aliases: ['on'] }),
    ]).map((error) => error.message);
    expect(messages).toEqual([
      'content/parties/velmor-front.mdx field `aliases`: has the alias "the", a common English word: it would link every "the" in every article. Remove it from the aliases.',
      'content/parties/velmor-front.mdx field `aliases`: has the alias "And", a common English word: it would link every "And" in every article. Remove it from the aliases.',
      'content/parties/velmor-front.mdx field `aliases`: has the alias "of the", a common English word: it would link every "of the" in every article. Remove it from the aliases.',
      'content/places/port-alden.mdx field `aliases`: has the alias "on", a common English word: it would link every "on" in every article. Remove it from the aliases.',
    ]);
  });

  it('refuses an alias that is the name of another page of the type, which the other page keeps', () => {
    const messages = checkContent([
      page('party', 'tavo-brask', { name: 'Tavo Brask', kind: 'person', aliases: ['Brask', 'Mira Brask'] }),
      page('party', 'mira-brask', { name: 'Mira Brask', kind: 'person' }),
      page('place', 'brask', { name: 'Brask', kind: 'city' }),
    ]).map((error) => error.message);
    expect(messages).toEqual([
      'content/parties/tavo-brask.mdx field `aliases`: has the alias "Mira Brask", the name of content/parties/mira-brask.mdx: that page keeps it, so the alias never links here. Remove it from the aliases, or merge the two pages.',
    ]);
  });

  it('refuses a party that is a member of itself, directly or through others', () => {
    const messages = checkContent([
      page('party', 'velmor-front', { name: 'Velmor Front', kind: 'group', memberOf: 'velmor-front' }),
      page('party', 'tavo-brask', { name: 'Tavo Brask', kind: 'person', memberOf: 'harbour-union' }),
      page('party', 'harbour-union', { name: 'Harbour Union', kind: 'organisation', memberOf: 'tavo-brask' }),
    ]).map((error) => error.message);
    expect(messages).toEqual([
      'content/parties/harbour-union.mdx field `memberOf`: is a member of itself through harbour-union → tavo-brask → harbour-union. Break the cycle: remove or change one of these "memberOf" lines.',
      'content/parties/tavo-brask.mdx field `memberOf`: is a member of itself through tavo-brask → harbour-union → tavo-brask. Break the cycle: remove or change one of these "memberOf" lines.',
      'content/parties/velmor-front.mdx field `memberOf`: is a member of itself through velmor-front → velmor-front. Break the cycle: remove or change one of these "memberOf" lines.',
    ]);
  });
});
