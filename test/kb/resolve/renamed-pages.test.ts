// A page an editor renamed (its old file name in `replaces`, as the guide says) keeps what resolved to the old key:
// a date page's mentions, and a name whose new page would get the old file name; nothing plans the old page again.
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../src/kb/content/content-model.ts';
import { buildPageIndex } from '../../../src/kb/resolve/page-index.ts';
import { resolveArticle } from '../../../src/kb/resolve/resolve-article.ts';
import { dateSchema, partySchema } from '../../../src/kb/schemas/entity.ts';
import type { ArticleExtraction, ExtractedEntity } from '../../../src/kb/types.ts';

const mention = (surface: string) => ({ paragraph: 1, start: 0, end: surface.length, surface, sentence: `${surface} was named.` });

const pages: PageRecord[] = [
  { key: 'date/harbour-truce-day', type: 'date', slug: 'harbour-truce-day', file: 'content/dates/harbour-truce-day.mdx', data: dateSchema.parse({ name: 'Harbour truce day', date: '2024-08-12', replaces: ['2024-08-12'] }) },
  { key: 'party/velmor-front', type: 'party', slug: 'velmor-front', file: 'content/parties/velmor-front.mdx', data: partySchema.parse({ name: 'Velmor Front', kind: 'group', replaces: ['velmor-movement'] }) },
];

describe('a renamed page', () => {
  it('keeps the mentions of its old key', () => {
    const entities: ExtractedEntity[] = [
      { type: 'date', name: 'August 12, 2024', date: '2024-08-12', aliases: [], mentions: [mention('August 12')] },
      { type: 'party', name: 'Velmor Movement', kind: 'group', aliases: [], mentions: [mention('Velmor Movement')] },
      { type: 'date', name: 'August 13, 2024', date: '2024-08-13', aliases: [], mentions: [mention('August 13')] },
    ];
    const extraction: ArticleExtraction = { entities, positions: [], ambiguous: [] };
    const resolved = resolveArticle(extraction, buildPageIndex(pages), new Set());
    expect(resolved.mentions.map((m) => [m.surface, m.key])).toEqual([
      ['August 12', 'date/harbour-truce-day'],
      ['Velmor Movement', 'party/velmor-front'],
      ['August 13', 'date/2024-08-13'],
    ]);
    expect(resolved.missing.map((entity) => entity.key)).toEqual(['date/2024-08-13']);
  });
});
