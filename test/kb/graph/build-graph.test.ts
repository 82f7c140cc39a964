// The knowledge graph and kb.json count a syndicated copy's mentions once: its original's, not its own.

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/kb/graph/build-graph.ts';
import { kbJson } from '../../../src/kb/graph/kb-json.ts';
import { articleRecord, pageRecord } from '../../../src/kb/content/read-content-file.ts';
import { articleSchema } from '../../../src/kb/schemas/article.ts';
import { partySchema } from '../../../src/kb/schemas/entity.ts';
import type { ResolvedArticle } from '../../../src/kb/resolve/resolve-article.ts';

const BODY = 'The Ostwick Rowing Club won the cup.\n';

function article(slug: string, fields: Record<string, unknown> = {}) {
  const data = articleSchema.parse({ title: 'River race', published: '2024-05-06', ...fields });
  return articleRecord(slug, `content/articles/${slug}.md`, data, BODY);
}

function resolvedFor(): ResolvedArticle {
  const mention = { key: 'party/ostwick-rowing-club' as const, paragraph: 1, start: 4, end: 23, surface: 'Ostwick Rowing Club', sentence: BODY.trim() };
  return { mentions: [mention], positions: [], missing: [], keys: [mention.key] };
}

describe('buildGraph with a syndicated copy', () => {
  const club = pageRecord('party', 'ostwick-rowing-club', 'content/parties/ostwick-rowing-club.mdx', partySchema.parse({ name: 'Ostwick Rowing Club', kind: 'organisation' }));
  const original = article('2024-05-06-river-race', { source: 'Lantern Wire' });
  const copy = article('2024-05-06-river-race-ostwick-echo', { source: 'Ostwick Echo', copyOf: '2024-05-06-river-race' });
  const resolved = new Map([[original.slug, resolvedFor()], [copy.slug, resolvedFor()]]);

  it('adds no mentions of its own, but keeps them for linking its page', () => {
    const graph = buildGraph([club], [original, copy], resolved);
    expect(graph.mentionsOf.get(club.key)?.map((mention) => mention.article)).toEqual([original.slug]);
    expect(graph.articlesOf.get(club.key)).toEqual([original.slug]);
    expect(graph.mentionsIn.get(copy.slug)).toHaveLength(1);
  });

  it('lists the copy in kb.json with copyOf, and its mentions only under the original', () => {
    const kb = kbJson(buildGraph([club], [original, copy], resolved), '/');
    expect(kb.articles.find((entry) => entry.slug === copy.slug)?.copyOf).toBe(original.slug);
    expect(kb.entities[0]?.mentions.map((mention) => mention.article)).toEqual([original.slug]);
  });

  it('counts a copy whose original is not there as an article of its own', () => {
    const graph = buildGraph([club], [copy], new Map([[copy.slug, resolvedFor()]]));
    expect(graph.articlesOf.get(club.key)).toEqual([copy.slug]);
  });
});
