// Position changes: a party's stance on an issue that differs between articles of different dates is a
// change, with both sides; the same stance again, two stances on one day, or a retracted article are not.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/kb/graph/build-graph.ts';
import { kbJson } from '../../../src/kb/graph/kb-json.ts';
import { changeKey } from '../../../src/kb/graph/position-changes.ts';
import { articleRecord, pageRecord } from '../../../src/kb/content/read-content-file.ts';
import { articleSchema } from '../../../src/kb/schemas/article.ts';
import { issueSchema, partySchema } from '../../../src/kb/schemas/entity.ts';
import type { ResolvedArticle, ResolvedPosition } from '../../../src/kb/resolve/resolve-article.ts';
import type { Stance } from '../../../src/kb/types.ts';

const front = pageRecord('party', 'velmor-front', 'content/parties/velmor-front.mdx', partySchema.parse({ name: 'Velmor Front', kind: 'group' }));
const council = pageRecord('party', 'ostwick-council', 'content/parties/ostwick-council.mdx', partySchema.parse({ name: 'Ostwick Council', kind: 'organisation' }));
const toll = pageRecord('issue', 'river-toll', 'content/issues/river-toll.mdx', issueSchema.parse({ name: 'River toll' }));

function article(slug: string, published: string, fields: Record<string, unknown> = {}) {
  const data = articleSchema.parse({ title: 'Toll talks', published, ...fields });
  return articleRecord(slug, `content/articles/${slug}.md`, data, 'First paragraph.\n\nSecond paragraph.\n');
}

function position(party: typeof front, stance: Stance, paragraph = 1): ResolvedPosition {
  return { party: party.key, issue: toll.key, stance, quote: `${party.data.name} ${stance} the river toll.`, paragraph };
}

function resolved(...positions: ResolvedPosition[]): ResolvedArticle {
  return { mentions: [], positions, missing: [], keys: [] };
}

describe('position changes', () => {
  it('finds a stance that differs from the one of an earlier date, with both quotes and dates', () => {
    const march = article('2024-03-02-toll', '2024-03-02', { source: 'Lantern Wire' });
    const may = article('2024-05-10-toll', '2024-05-10');
    const graph = buildGraph([front, council, toll], [march, may], new Map([
      [march.slug, resolved(position(front, 'rejects'), position(council, 'proposes'))],
      [may.slug, resolved(position(front, 'accepts', 2), position(council, 'proposes'))],
    ]));
    expect(graph.changes.all).toHaveLength(1);
    const [change] = graph.changes.all;
    expect(change).toMatchObject({
      party: front.key,
      issue: toll.key,
      from: { stance: 'rejects', article: march.slug, paragraph: 1, published: '2024-03-02', quote: 'Velmor Front rejects the river toll.' },
      to: { stance: 'accepts', article: may.slug, paragraph: 2, published: '2024-05-10' },
    });
    expect(graph.changes.on.get(toll.key)).toEqual([change]);
    expect(graph.changes.by.get(front.key)).toEqual([change]);
    expect(graph.changes.by.has(council.key)).toBe(false);
    expect(graph.changes.changed.has(changeKey(front.key, toll.key))).toBe(true);
  });

  it('reports each turn of a party that changes back, newest first, and lists them in kb.json', () => {
    const days = ['2024-01-05', '2024-02-05', '2024-03-05'].map((day) => article(`${day}-toll`, day));
    const stances: Stance[] = ['demands', 'rejects', 'demands'];
    const graph = buildGraph([front, toll], days, new Map(days.map((a, i) => [a.slug, resolved(position(front, stances[i]!))])));
    expect(graph.changes.all.map((c) => `${c.from.stance}→${c.to.stance} ${c.to.published}`)).toEqual(['rejects→demands 2024-03-05', 'demands→rejects 2024-02-05']);
    const kb = kbJson(graph, '/');
    expect(kb.changes.map((c) => [c.from.published, c.to.published])).toEqual([['2024-02-05', '2024-03-05'], ['2024-01-05', '2024-02-05']]);
    expect(kb.positions).toHaveLength(3);
  });

  it('counts no change between articles of the same day, and none from a retracted article', () => {
    const morning = article('2024-04-01-toll', '2024-04-01');
    const evening = article('2024-04-01-toll-update', '2024-04-01');
    const later = article('2024-04-09-toll', '2024-04-09', { retracted: true });
    const graph = buildGraph([front, toll], [morning, evening, later], new Map([
      [morning.slug, resolved(position(front, 'demands'))],
      [evening.slug, resolved(position(front, 'rejects'))],
      [later.slug, resolved(position(front, 'accepts'))],
    ]));
    expect(graph.changes.all).toEqual([]);
  });
});
