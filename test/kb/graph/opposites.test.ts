// kb.json lists an issue's opposites (phrasings of its reverse) apart from its aliases.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/kb/graph/build-graph.ts';
import { kbJson } from '../../../src/kb/graph/kb-json.ts';
import { articleRecord, pageRecord } from '../../../src/kb/content/read-content-file.ts';
import { articleSchema } from '../../../src/kb/schemas/article.ts';
import { issueSchema } from '../../../src/kb/schemas/entity.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import type { ResolvedArticle } from '../../../src/kb/resolve/resolve-article.ts';

const BODY = 'The Norvan Front demanded the withdrawal of Velmor troops from the Tarsis Strip.\n';

describe('opposites in kb.json', () => {
  const issue = pageRecord('issue', 'velmor-presence-in-the-tarsis-strip', 'content/issues/velmor-presence-in-the-tarsis-strip.mdx', issueSchema.parse({
    name: 'Velmor presence in the Tarsis Strip',
    aliases: ['Velmor troops in Tarsis', 'promise to remove soldiers from the Tarsis Strip'],
  }));
  const story = articleRecord('2024-05-06-tarsis', 'content/articles/2024-05-06-tarsis.md', articleSchema.parse({ title: 'Tarsis talks', published: '2024-05-06' }), BODY);
  const surface = 'withdrawal of Velmor troops from the Tarsis Strip';
  const mention = { key: issue.key, paragraph: 1, start: 30, end: 30 + surface.length, surface, sentence: BODY.trim(), opposite: true as const };
  const resolved = new Map<string, ResolvedArticle>([[story.slug, { mentions: [mention], positions: [], missing: [], keys: [issue.key] }]]);

  it('gives a reversing alias and a reversed mention as opposites, never as aliases', () => {
    const entity = kbJson(buildGraph([issue], [story], resolved, loadLexicon()), '/').entities[0]!;
    expect(entity.aliases).toEqual(['Velmor troops in Tarsis']);
    expect(entity.opposites).toEqual(['promise to remove soldiers from the Tarsis Strip', surface]);
  });
});
