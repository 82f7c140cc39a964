// An entity's feed entries: its positions and the paragraphs naming it, newest first, a sentence that is both
// a position's quote and the paragraph's mention given once (as the position), any other paragraph kept.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/kb/graph/build-graph.ts';
import { articleRecord, pageRecord } from '../../../src/kb/content/read-content-file.ts';
import { articleSchema } from '../../../src/kb/schemas/article.ts';
import { issueSchema, partySchema } from '../../../src/kb/schemas/entity.ts';
import type { ResolvedArticle } from '../../../src/kb/resolve/resolve-article.ts';
import { entityFeed } from '../../../src/lib/route-data/entity-feed.ts';

const DEMAND = 'The Tarrow Growers Union demanded a grain quota.';
const LATER = 'The Tarrow Growers Union met again on Friday.';

describe('entityFeed', () => {
  const union = pageRecord('party', 'tarrow-growers-union', 'content/parties/tarrow-growers-union.mdx', partySchema.parse({ name: 'Tarrow Growers Union', kind: 'organisation' }));
  const quota = pageRecord('issue', 'grain-quota', 'content/issues/grain-quota.mdx', issueSchema.parse({ name: 'Grain quota' }));
  const first = articleRecord('2025-04-01-quota', 'content/articles/2025-04-01-quota.md', articleSchema.parse({ title: 'Growers ask for a quota', published: '2025-04-01', source: 'Fenwick Daily' }), `${DEMAND}\n\n${LATER}\n`);
  const mention = (key: typeof union.key, paragraph: number, sentence: string, surface: string) => ({ key, paragraph, start: sentence.indexOf(surface), end: sentence.indexOf(surface) + surface.length, surface, sentence });
  const resolved: ResolvedArticle = {
    mentions: [mention(union.key, 1, DEMAND, 'Tarrow Growers Union'), mention(quota.key, 1, DEMAND, 'grain quota'), mention(union.key, 2, LATER, 'Tarrow Growers Union')],
    positions: [{ party: union.key, stance: 'demands', issue: quota.key, quote: DEMAND, paragraph: 1 }],
    missing: [],
    keys: [union.key, quota.key],
  };
  const graph = buildGraph([union, quota], [first], new Map([[first.slug, resolved]]));

  it("gives the position's paragraph once, as the position, and keeps the paragraph naming the party alone", () => {
    const feed = entityFeed(graph, union.key);
    expect(feed.entries.map((e) => [e.kind, e.paragraph, e.text])).toEqual([
      ['position', 1, DEMAND],
      ['mention', 2, LATER],
    ]);
    expect(entityFeed(graph, quota.key).entries.map((e) => [e.kind, e.paragraph])).toEqual([['position', 1]]);
  });
});
