// The one bridge between Astro's content collections and the knowledge engine: the records of every
// collection (read by the engine's own reader in the content loader), checked across pages, and the graph
// the engine builds from the extractions `kb` stored, once per build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import { openCache } from '../kb/cache/open-cache.ts';
import { parseArticleBody } from '../kb/content/article-format.ts';
import type { ArticleRecord, PageRecord } from '../kb/content/content-model.ts';
import { completeSnapshot, IGNORE_FILE } from '../kb/content/load-content.ts';
import { articleRecord, pageRecord } from '../kb/content/read-content-file.ts';
import type { ArticleAnalysis } from '../kb/extract/index.ts';
import type { Graph } from '../kb/graph/build-graph.ts';
import { knowledgeOf } from '../kb/pipeline/knowledge-from-disk.ts';
import { loadLexicon } from '../kb/lexicon/lexicon.ts';
import { ENTITY_TYPES, TYPE_FOLDER, type ArticleExtraction, type EntityKey } from '../kb/types.ts';
import { DossierErrors } from '../kb/errors.ts';
import { storyProblems, type StoryRecord } from './stories.ts';
import { hasStories, STORIES_FOLDER } from './stories-loader.ts';

export interface Knowledge {
  graph: Graph;
  /** Article slug → its Markdown body (frontmatter removed), parsed once for its paragraphs and its page. */
  bodies: Map<string, Root>;
  /** Entity page → the editor's prose (its MDX body). */
  prose: Map<EntityKey, string>;
  /** The stories editors declared in content/stories/, by file name. */
  stories: StoryRecord[];
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
      const page = pageRecord(type, entry.id, entry.filePath ?? `content/${TYPE_FOLDER[type]}/${entry.id}.mdx`, entry.data);
      prose.set(page.key, entry.body ?? '');
      pages.push(page);
    }
  }
  const articles: ArticleRecord[] = [];
  const bodies = new Map<string, Root>();
  for (const entry of await getCollection('articles')) {
    const body = parseArticleBody(entry.body ?? '');
    bodies.set(entry.id, body);
    articles.push(articleRecord(entry.id, entry.filePath ?? `content/articles/${entry.id}.md`, entry.data, body));
  }
  const snapshot = completeSnapshot(articles, pages, join(root, 'content'), `content/${IGNORE_FILE}`);

  // The analyses and extractions `kb` stored earlier in the build, for these very pages: no article is matched again.
  const lexicon = loadLexicon(root);
  const cache = openCache<ArticleAnalysis, ArticleExtraction>(root, lexicon.digest);
  const graph = knowledgeOf(snapshot, lexicon, cache.analyses, cache.extractions);
  const entries = hasStories(root) ? await getCollection('stories') : [];
  const stories = entries.map((entry) => ({ slug: entry.id, data: entry.data, source: readFileSync(join(root, entry.filePath ?? `${STORIES_FOLDER}/${entry.id}.mdx`), 'utf8') }));
  const problems = storyProblems(graph, stories);
  if (problems.length > 0) throw new DossierErrors(problems);
  return { graph, bodies, prose, stories };
}
