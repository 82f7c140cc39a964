// The one bridge between Astro's content collections and the knowledge engine: reads every collection,
// checks cross-page references, runs the (cached) extraction and builds the graph, once per build.
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { DossierErrors } from '../kb/errors.ts';
import type { Graph } from '../kb/graph/build-graph.ts';
import type { Root } from 'mdast';
import { paragraphsOf, parseArticleBody } from '../kb/content/article-format.ts';
import { cacheDir, diskAnalysisCache } from '../kb/pipeline/analysis-cache.ts';
import { checkContent } from '../kb/content/check-content.ts';
import type { ArticleRecord, PageRecord } from '../kb/content/content-model.ts';
import { knowledgeOf } from '../kb/pipeline/knowledge-from-disk.ts';
import { diskExtractionStore } from '../kb/pipeline/parsed-files.ts';
import { readIgnoreList, IGNORE_FILE } from '../kb/content/load-content.ts';
import type { EntityKey } from '../kb/types.ts';
import { ENTITY_TYPES, TYPE_FOLDER, entityKey } from '../kb/types.ts';
import type { DossierError } from '../kb/errors.ts';

export interface Knowledge {
  graph: Graph;
  /** Article slug → its Markdown body (frontmatter removed), parsed once for its paragraphs and its page. */
  bodies: Map<string, Root>;
  /** Entity page → the editor's prose (its MDX body). */
  prose: Map<EntityKey, string>;
}

let knowledge: Promise<Knowledge> | undefined;

/** The knowledge of this build, computed on first use and shared by every page. */
export function getKnowledge(): Promise<Knowledge> {
  knowledge ??= load();
  return knowledge;
}


async function load(): Promise<Knowledge> {
  const root = process.cwd();
  const pages: PageRecord[] = [];
  const prose = new Map<EntityKey, string>();
  for (const type of ENTITY_TYPES) {
    for (const entry of await getCollection(TYPE_FOLDER[type] as 'parties' | 'places' | 'dates' | 'issues')) {
      prose.set(entityKey(type, entry.id), entry.body ?? '');
      pages.push({
        key: entityKey(type, entry.id),
        type,
        slug: entry.id,
        file: entry.filePath ?? `content/${TYPE_FOLDER[type]}/${entry.id}.mdx`,
        data: entry.data,
      });
    }
  }
  const errors: DossierError[] = checkContent(pages);
  const ignore = readIgnoreList(`${root}/content/${IGNORE_FILE}`, `content/${IGNORE_FILE}`, errors);
  if (errors.length > 0) throw new DossierErrors(errors);

  const articles: ArticleRecord[] = [];
  const bodies = new Map<string, Root>();
  for (const entry of await getCollection('articles')) {
    const body = parseArticleBody(entry.body ?? '');
    const file = entry.filePath ?? `content/articles/${entry.id}.md`;
    bodies.set(entry.id, body);
    articles.push({
      slug: entry.id,
      file,
      data: entry.data,
      title: entry.data.title,
      published: entry.data.published,
      ...(entry.data.source ? { source: entry.data.source } : {}),
      paragraphs: paragraphsOf(body),
    });
  }

  // The extractions `kb` stored for these very pages are reused: the build matches no article again.
  const store = diskExtractionStore(join(root, '.cache', 'dossier', 'extractions.json'));
  const graph = knowledgeOf({ articles, pages, ignore }, diskAnalysisCache(cacheDir(root)), store);
  return { graph, bodies, prose };
}
