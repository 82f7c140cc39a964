// Everything Dossier keeps between runs, opened in one place: the parsed content files, each article's
// analysis, and the extractions of the last complete run, all under .cache/dossier of the project and all
// stamped with the engine's digest (and the digest of other inputs the analyses depend on, such as the
// editor's word lists), so nothing made by another engine or with other inputs is ever read back.
import type { ParsedFiles } from '../content/parsed-files.ts';
import { diskArticleStore, type ArticleStore } from './article-store.ts';
import { cachePath } from './cache-files.ts';
import { engineDigest } from './engine-digest.ts';
import { diskExtractionStore, type ExtractionStore } from './extraction-store.ts';
import { diskParsedFiles } from './parsed-files.ts';

export interface Cache<Analysis, Extraction> {
  parsed: ParsedFiles & { save(): void };
  analyses: ArticleStore<Analysis>;
  extractions: ExtractionStore<Extraction> & { save(names: string): void };
}

/** The cache of the project at `root`; `inputs` is the digest of what else the analyses depend on. */
export function openCache<Analysis, Extraction>(root: string, inputs = ''): Cache<Analysis, Extraction> {
  const engine = engineDigest(root);
  const stamp = inputs ? `${engine}:${inputs}` : engine;
  return {
    parsed: diskParsedFiles(cachePath(root, 'content.json'), engine),
    analyses: diskArticleStore(cachePath(root, 'analyses'), stamp),
    extractions: diskExtractionStore(cachePath(root, 'extractions.json'), stamp),
  };
}
