// An article page's route data: a syndicated copy links the article it repeats; the byline reaches the JSON-LD.

import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../../src/kb/content/read-content-file.ts';
import { buildGraph } from '../../../src/kb/graph/build-graph.ts';
import { articleSchema } from '../../../src/kb/schemas/article.ts';
import { articlePage } from '../../../src/lib/route-data/article-page.ts';
import { articleUrl } from '../../../src/lib/urls.ts';

function article(slug: string, fields: Record<string, unknown>) {
  const data = articleSchema.parse({ title: 'Weir gates opened', published: '2023-10-09', ...fields });
  return articleRecord(slug, `content/articles/${slug}.md`, data, 'The gates opened at noon.\n');
}

describe('articlePage', () => {
  const original = article('2023-10-09-weir-gates-opened', { source: 'Lantern Wire', author: 'Pell Amory' });
  const copy = article('2023-10-09-weir-gates-opened-fenwick-daily', { source: 'Fenwick Daily', copyOf: original.slug });
  const graph = buildGraph([], [original, copy], new Map());
  const knowledge = { graph, bodies: new Map(), prose: new Map(), stories: [] };
  const site = new URL('https://dossier.example/');

  it('gives a copy its original, to link', () => {
    expect(articlePage(knowledge, copy, site).original).toEqual({ title: 'Weir gates opened', source: 'Lantern Wire', url: articleUrl(original.slug) });
    expect(articlePage(knowledge, original, site).original).toBeUndefined();
  });

  it('names the author in the JSON-LD', () => {
    expect(articlePage(knowledge, original, site).jsonLd['author']).toEqual({ '@type': 'Person', name: 'Pell Amory' });
  });
});
