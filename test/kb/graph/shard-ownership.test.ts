// The ownership rule of sharded builds, without a build: every article and entity page has exactly one shard,
// decided from the content alone (the same whatever order the collection is read in), articles in periods of
// publication of about equal size, an entity with the shard holding most of its mentions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShardSpec, shardOwnership, type OwnershipInput } from '../../../src/kb/graph/shard-ownership.ts';
import type { EntityKey } from '../../../src/kb/types.ts';

const day = fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));

/** A random collection: articles on random days, entities each mentioned by random articles (or none). */
const collection = fc
  .tuple(fc.array(day, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 30 }))
  .chain(([days, entityCount]) =>
    fc.tuple(
      fc.constant(days.map((published, i) => ({ slug: `${published}-story-${i}`, published }))),
      fc.array(fc.array(fc.integer({ min: 0, max: days.length - 1 }), { maxLength: 8 }), { minLength: entityCount, maxLength: entityCount }),
    ),
  )
  .map(([articles, mentioning]): OwnershipInput => {
    const entities = mentioning.map((_, i) => `party/person-${i}` as EntityKey);
    return { articles, entities, mentionsOf: new Map(entities.map((key, i) => [key, mentioning[i]!.map((a) => ({ article: articles[a]!.slug }))])) };
  });

describe('parseShardSpec', () => {
  it('reads i/N and refuses anything else with what to write', () => {
    expect(parseShardSpec('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0', '-1/2']) expect(() => parseShardSpec(bad), bad).toThrow(/write it as i\/N/);
  });
});

describe('shardOwnership', () => {
  it('gives every article and entity exactly one shard in 1…N', () => {
    fc.assert(
      fc.property(collection, fc.integer({ min: 1, max: 5 }), (input, count) => {
        const owner = shardOwnership(input, count);
        expect([...owner.article.keys()].sort()).toEqual(input.articles.map((a) => a.slug).sort());
        expect([...owner.entity.keys()].sort()).toEqual([...input.entities].sort());
        for (const shard of [...owner.article.values(), ...owner.entity.values()]) expect(shard >= 1 && shard <= count).toBe(true);
      }),
    );
  });

  it('is decided by the content alone: the same for the collection read in another order', () => {
    fc.assert(
      fc.property(collection, fc.integer({ min: 1, max: 5 }), fc.integer(), (input, count, seed) => {
        const shuffled = <T>(list: readonly T[]) => [...list].map((x, i) => ({ x, k: Math.sin(seed + i) })).sort((a, b) => a.k - b.k).map(({ x }) => x);
        const again = shardOwnership({ articles: shuffled(input.articles), entities: shuffled([...input.entities]), mentionsOf: input.mentionsOf }, count);
        const first = shardOwnership(input, count);
        expect(again.article).toEqual(first.article);
        expect(again.entity).toEqual(first.entity);
      }),
    );
  });

  it('cuts the days into runs in calendar order, a day never split, each shard within a day of its share', () => {
    fc.assert(
      fc.property(collection, fc.integer({ min: 1, max: 5 }), (input, count) => {
        const owner = shardOwnership(input, count);
        const byDay = [...input.articles].sort((a, b) => a.published.localeCompare(b.published));
        for (let i = 1; i < byDay.length; i++) {
          const [before, after] = [owner.article.get(byDay[i - 1]!.slug)!, owner.article.get(byDay[i]!.slug)!];
          expect(after).toBeGreaterThanOrEqual(before);
          if (byDay[i - 1]!.published === byDay[i]!.published) expect(after).toBe(before);
        }
        const largestDay = Math.max(...[...Map.groupBy(input.articles, (a) => a.published).values()].map((list) => list.length));
        for (let shard = 1; shard <= count; shard++) {
          const size = [...owner.article.values()].filter((s) => s === shard).length;
          expect(Math.abs(size - input.articles.length / count)).toBeLessThanOrEqual(largestDay);
        }
      }),
    );
  });

  it("gives an entity the shard holding most of its mentions", () => {
    fc.assert(
      fc.property(collection, fc.integer({ min: 1, max: 5 }), (input, count) => {
        const owner = shardOwnership(input, count);
        for (const key of input.entities) {
          const perShard = new Map<number, number>();
          for (const { article } of input.mentionsOf.get(key) ?? []) perShard.set(owner.article.get(article)!, (perShard.get(owner.article.get(article)!) ?? 0) + 1);
          const most = Math.max(0, ...perShard.values());
          expect(perShard.get(owner.entity.get(key)!) ?? 0).toBe(most);
        }
      }),
    );
  });

  it('spreads pages no article names over the shards by their names', () => {
    const entities = Array.from({ length: 200 }, (_, i) => `issue/unnamed-matter-${i}` as EntityKey);
    const owner = shardOwnership({ articles: [{ slug: 'a', published: '2024-01-01' }], entities, mentionsOf: new Map() }, 4);
    const sizes = [1, 2, 3, 4].map((shard) => entities.filter((key) => owner.entity.get(key) === shard).length);
    for (const size of sizes) expect(size).toBeGreaterThan(25);
  });
});
