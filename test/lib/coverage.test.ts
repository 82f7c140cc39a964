// Coverage: named outlets counted once each (whatever their case), articles naming none counted apart, and
// "single source" only when one outlet, or one article naming none, is all there is.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/kb/graph/build-graph.ts';
import { coverageOf } from '../../src/lib/coverage.ts';

const sources: Record<string, string | undefined> = { a: 'Lantern Wire', b: 'lantern wire', c: 'Harbour Post', d: undefined, e: undefined };
const graph = { articleBySlug: new Map(Object.entries(sources).map(([slug, source]) => [slug, { slug, source }])) } as unknown as Graph;

describe('coverageOf', () => {
  it('names each outlet once and counts articles naming none', () => {
    expect(coverageOf(graph, ['a', 'b', 'c', 'd', 'a'])).toEqual({ outlets: ['Lantern Wire', 'Harbour Post'], unnamed: 1, single: false });
  });

  it('is single-source for one outlet, however many of its articles, or for one article naming none', () => {
    expect(coverageOf(graph, ['a', 'b']).single).toBe(true);
    expect(coverageOf(graph, ['d']).single).toBe(true);
    expect(coverageOf(graph, ['d', 'e']).single).toBe(false);
    expect(coverageOf(graph, ['a', 'd']).single).toBe(false);
  });
});
