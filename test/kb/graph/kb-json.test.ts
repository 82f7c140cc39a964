// kb.json lists each sentence naming an entity once, however often the sentence repeats the name.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/kb/graph/build-graph.ts';
import { kbJson } from '../../../src/kb/graph/kb-json.ts';
import { articleRecord, pageRecord } from '../../../src/kb/content/read-content-file.ts';
import { articleSchema } from '../../../src/kb/schemas/article.ts';
import { partySchema } from '../../../src/kb/schemas/entity.ts';
import type { ResolvedArticle } from '../../../src/kb/resolve/resolve-article.ts';

const FIRST = 'The Marrow Valley League (MVL) met the mayor.';
const SECOND = 'The MVL left at noon.';

describe('kbJson mentions', () => {
  it('keeps one record per sentence and every distinct sentence', () => {
    const league = pageRecord('party', 'marrow-valley-league', 'content/parties/marrow-valley-league.mdx', partySchema.parse({ name: 'Marrow Valley League', aliases: ['MVL'], kind: 'organisation' }));
    const data = articleSchema.parse({ title: 'Valley talks', published: '2025-02-03' });
    const article = articleRecord('2025-02-03-valley-talks', 'content/articles/2025-02-03-valley-talks.md', data, `${FIRST} ${SECOND}\n`);
    const at = (start: number, surface: string, sentence: string) => ({ key: league.key, paragraph: 1, start, end: start + surface.length, surface, sentence });
    const mentions = [at(4, 'Marrow Valley League', FIRST), at(26, 'MVL', FIRST), at(FIRST.length + 5, 'MVL', SECOND)];
    const resolved: ResolvedArticle = { mentions, positions: [], missing: [], keys: [league.key] };
    const graph = buildGraph([league], [article], new Map([[article.slug, resolved]]));
    expect(graph.mentionsOf.get(league.key)).toHaveLength(3);
    const kb = kbJson(graph, '/');
    expect(kb.entities[0]?.mentions).toEqual([
      { article: article.slug, paragraph: 1, text: FIRST },
      { article: article.slug, paragraph: 1, text: SECOND },
    ]);
  });
});
