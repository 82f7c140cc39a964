// The one bridge between Astro's content collections and the knowledge engine: the records of every
// collection (read by the engine's own reader in the content loader), checked across pages, and the graph
// the engine builds from the extractions `kb` stored, once per build (under `astro dev`, again when the
// content changed).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import { openCache, type Cache } from '../kb/cache/open-cache.ts';
import { parseArticleBody } from '../kb/content/article-format.ts';
import type { ArticleRecord, ContentSnapshot, PageRecord } from '../kb/content/content-model.ts';
import { completeSnapshot, IGNORE_FILE } from '../kb/content/load-content.ts';
import { articleRecord, pageRecord } from '../kb/content/read-content-file.ts';
import type { ArticleAnalysis } from '../kb/extract/index.ts';
import type { Graph } from '../kb/graph/build-graph.ts';
import { graphAndExtractions } from '../kb/pipeline/knowledge-from-disk.ts';
import { LEXICON_FILE, loadLexicon, type Lexicon } from '../kb/lexicon/lexicon.ts';
import { ENTITY_TYPES, entityKey, TYPE_FOLDER, type ArticleExtraction, type EntityKey } from '../kb/types.ts';
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
  /** What the graph was built from, for the review page's queue: read once per build, not again from disk. */
  sources: { snapshot: ContentSnapshot; extractions: Map<string, ArticleExtraction>; lexicon: Lexicon };
}

interface Memo {
  keys: ContentKeys;
  value: Promise<Knowledge>;
}

let built: Promise<Knowledge> | undefined;
// Under `astro dev` a content change makes Vite evaluate this module again: the memo is kept on the global object,
// so a page edit does not cost the whole graph.
const DEV_MEMO = Symbol.for('dossier.knowledge');
const devMemo = globalThis as { [DEV_MEMO]?: Memo };

/**
 * The knowledge of this build, computed on first use and shared by every page. Under `astro dev` the content
 * changes while the server runs: there it is computed again when what it is made of changed, and when an edit
 * touched only the prose of entity pages (which the graph does not read), only the prose is read again.
 */
export async function getKnowledge(): Promise<Knowledge> {
  if (!import.meta.env.DEV) return (built ??= load());
  const keys = await contentKeys();
  const started = performance.now();
  const last = devMemo[DEV_MEMO];
  const proseOnly = last?.keys.graph === keys.graph;
  if (proseOnly && last.keys.prose === keys.prose) return last.value;
  const value = proseOnly ? last.value.then(async (known) => ({ ...known, prose: await readProse() })) : load();
  devMemo[DEV_MEMO] = { keys, value };
  const done = () => console.log(`${proseOnly ? 'prose of the pages read again' : 'knowledge of the content computed'} in ${Math.round(performance.now() - started)} ms`);
  void value.then(done, () => {});
  return value;
}

interface ContentKeys {
  /** The articles, the pages' fields, the stories, the ignore list and the word lists: what the graph is made of. */
  graph: string;
  /** The entity pages' whole files, prose included. */
  prose: string;
}

/** What the knowledge is made of, as digests of the collections' entries and of the files read beside them. */
async function contentKeys(): Promise<ContentKeys> {
  const graph = createHash('sha256');
  const prose = createHash('sha256');
  const content = join(process.cwd(), 'content');
  for (const folder of ['articles', 'parties', 'places', 'dates', 'issues', 'stories'] as const) {
    // An empty collection is skipped: Astro warns on every read of one.
    if (!existsSync(join(content, folder)) || readdirSync(join(content, folder)).length === 0) continue;
    const page = folder !== 'articles' && folder !== 'stories';
    for (const entry of await getCollection(folder)) {
      const digest = `${folder}/${entry.id} ${String((entry as { digest?: string | number }).digest)}\n`;
      if (page) prose.update(digest);
      graph.update(page ? `${folder}/${entry.id} ${JSON.stringify(entry.data)}\n` : digest);
    }
  }
  for (const file of [IGNORE_FILE, LEXICON_FILE]) graph.update(existsSync(join(content, file)) ? readFileSync(join(content, file)) : '-');
  return { graph: graph.digest('hex'), prose: prose.digest('hex') };
}

interface WordListsAndCache {
  lexicon: Lexicon;
  cache: Cache<ArticleAnalysis, ArticleExtraction>;
}

const DEV_ENGINE = Symbol.for('dossier.knowledge.engine');
const devEngine = globalThis as { [DEV_ENGINE]?: { source: string; kept: WordListsAndCache } };

/**
 * The word lists and the kb cache opened for them. Under `astro dev` both are kept while content/lexicon.yml stays
 * the same: the cache keeps in memory what it has read and the extractions made for the last names, so the graph
 * computed again after an edit of a page's fields reads nothing from disk again and matches again only the articles
 * the edit can change.
 */
function wordListsAndCache(root: string): WordListsAndCache {
  const open = (): WordListsAndCache => {
    const lexicon = loadLexicon(root);
    return { lexicon, cache: openCache<ArticleAnalysis, ArticleExtraction>(root, lexicon.digest) };
  };
  if (!import.meta.env.DEV) return open();
  const file = join(root, 'content', LEXICON_FILE);
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const last = devEngine[DEV_ENGINE];
  if (last?.source === source) return last.kept;
  const kept = open();
  devEngine[DEV_ENGINE] = { source, kept };
  return kept;
}

/** Entity page → the editor's prose (its MDX body). */
async function readProse(): Promise<Map<EntityKey, string>> {
  const prose = new Map<EntityKey, string>();
  for (const type of ENTITY_TYPES) {
    for (const entry of await getCollection(TYPE_FOLDER[type] as 'parties' | 'places' | 'dates' | 'issues')) prose.set(entityKey(type, entry.id), entry.body ?? '');
  }
  return prose;
}

async function load(): Promise<Knowledge> {
  const root = process.cwd();
  const pages: PageRecord[] = [];
  for (const type of ENTITY_TYPES) {
    for (const entry of await getCollection(TYPE_FOLDER[type] as 'parties' | 'places' | 'dates' | 'issues')) {
      pages.push(pageRecord(type, entry.id, entry.filePath ?? `content/${TYPE_FOLDER[type]}/${entry.id}.mdx`, entry.data));
    }
  }
  const prose = await readProse();
  const articles: ArticleRecord[] = [];
  const bodies = new Map<string, Root>();
  for (const entry of await getCollection('articles')) {
    const body = parseArticleBody(entry.body ?? '');
    bodies.set(entry.id, body);
    articles.push(articleRecord(entry.id, entry.filePath ?? `content/articles/${entry.id}.md`, entry.data, body));
  }
  const snapshot = completeSnapshot(articles, pages, join(root, 'content'), `content/${IGNORE_FILE}`);

  // The analyses and extractions `kb` stored earlier in the build, for these very pages: no article is matched again.
  const { lexicon, cache } = wordListsAndCache(root);
  const { graph, extractions } = graphAndExtractions(snapshot, lexicon, cache.analyses, cache.extractions);
  const entries = hasStories(root) ? await getCollection('stories') : [];
  const stories = entries.map((entry) => ({ slug: entry.id, data: entry.data, source: readFileSync(join(root, entry.filePath ?? `${STORIES_FOLDER}/${entry.id}.mdx`), 'utf8') }));
  const problems = storyProblems(graph, stories);
  if (problems.length > 0) throw new DossierErrors(problems);
  return { graph, bodies, prose, stories, sources: { snapshot, extractions, lexicon } };
}
