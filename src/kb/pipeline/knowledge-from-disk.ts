// The build's knowledge graph computed straight from a content folder, without Astro: the same
// extraction, resolution and graph the site build runs, for the evaluation and the benchmark.
import { buildGraph, type Graph } from '../graph/build-graph.ts';
import { buildPageIndex } from '../resolve/page-index.ts';
import { normaliseName } from '../text/normalise-name.ts';
import { resolveArticle, type ResolvedArticle } from '../resolve/resolve-article.ts';
import type { ContentSnapshot } from '../content/content-model.ts';
import type { ExtractionStore } from '../cache/extraction-store.ts';
import type { ArticleExtraction } from '../types.ts';
import { extractAll, type AnalysisCache } from './extract-all.ts';
import { loadContent } from '../content/load-content.ts';
import { loadLexicon, type Lexicon } from '../lexicon/lexicon.ts';

/** Extraction, resolution and the graph over a validated snapshot of the content. */
export function knowledgeOf(snapshot: ContentSnapshot, lexicon: Lexicon, cache: AnalysisCache, store?: ExtractionStore<ArticleExtraction>): Graph {
  return graphAndExtractions(snapshot, lexicon, cache, store).graph;
}

/** The graph and the extractions it was built from (the site's review page reads them again, not the disk). */
export function graphAndExtractions(
  snapshot: ContentSnapshot,
  lexicon: Lexicon,
  cache: AnalysisCache,
  store?: ExtractionStore<ArticleExtraction>,
): { graph: Graph; extractions: Map<string, ArticleExtraction> } {
  const { extractions } = extractAll(snapshot.articles, snapshot.pages, snapshot.ignore, lexicon, cache, undefined, store);
  const index = buildPageIndex(snapshot.pages);
  const ignored = new Set(snapshot.ignore.map(normaliseName));
  const resolved = new Map<string, ResolvedArticle>();
  for (const [slug, extraction] of extractions) resolved.set(slug, resolveArticle(extraction, index, ignored));
  return { graph: buildGraph(snapshot.pages, snapshot.articles, resolved, lexicon), extractions };
}

export function knowledgeFromDisk(root: string, cache: AnalysisCache): Graph {
  return knowledgeOf(loadContent(root), loadLexicon(root), cache);
}
