// Turns articles (plain-text files, saved web pages, fetched pages) into content/articles/<slug>.md, each on its
// own: one that cannot be read or placed is reported and the others are written all the same.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError, DossierErrors } from '../errors.ts';
import { displayPath } from '../fs/display-path.ts';
import { writeNewFilesEach } from '../fs/write-new-file.ts';
import { articleToMarkdown } from '../content/article-format.ts';
import type { NewArticle } from '../content/content-model.ts';
import { checkOverrides, type IngestOverrides } from './header-values.ts';
import { KnownArticles } from './known-articles.ts';
import { listInputs } from './list-inputs.ts';
import { placeArticle } from './place-article.ts';
import { readArticleFile } from './read-article-file.ts';

export interface IngestOptions extends IngestOverrides {
  /** The content folder; articles go to `<contentDir>/articles/`. */
  contentDir: string;
  /** Called after each input is read and placed. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
  /** The input (a file, or a web address), as named in messages. */
  file: string;
  /** The article file, as named in messages ("content/articles/2024-08-25-….md"). */
  target: string;
  slug: string;
  /** 'already-ingested': the same text from the same outlet is already an article (re-ingesting is harmless). */
  status: 'created' | 'already-ingested';
  paragraphs: number;
  /** For a syndicated copy, the slug of the article it repeats. */
  copyOf?: string;
}

/** An input that could not be ingested, and why. */
export interface IngestFailure {
  file: string;
  status: 'failed';
  error: DossierError;
}

export type IngestOutcome = IngestResult | IngestFailure;

/** One article to ingest: its name for messages and how to read it (throwing a DossierError when it cannot). */
export interface ArticleSource {
  file: string;
  read: (overrides: IngestOverrides) => NewArticle;
}

/** How many articles are written with one flush to disk. */
const WRITE_BATCH = 500;

/**
 * Ingests the files and folders in `paths` (a folder gives its .txt and .html files) and throws a DossierErrors
 * listing those that failed, after writing all the others; see ingestEach.
 */
export function ingestFiles(paths: string[], options: IngestOptions): IngestResult[] {
  const outcomes = ingestEach(paths, options);
  const failures = outcomes.filter((outcome) => outcome.status === 'failed');
  if (failures.length > 0) throw new DossierErrors(failures.map((failure) => failure.error));
  return outcomes as IngestResult[];
}

/** Ingests the files and folders in `paths`, one outcome per file, in order; see ingestSources. */
export function ingestEach(paths: string[], options: IngestOptions): IngestOutcome[] {
  return ingestSources(fileSources(paths), options);
}

/** The article files of `paths` (a folder gives its .txt and .html files) as sources for ingestSources. */
export function fileSources(paths: readonly string[]): ArticleSource[] {
  return listInputs(paths).map((path) => {
    const file = displayPath(path);
    return { file, read: (overrides) => readArticleFile(readBytes(path, file), file, overrides) };
  });
}

/**
 * Reads and places every source in order, writing the new articles in batches of WRITE_BATCH. Command-line values are
 * checked first (a bad one is thrown as a DossierErrors, before anything is read). Each source then succeeds or
 * fails on its own: an article whose text (by digest of its paragraphs) is already there from the same outlet is
 * 'already-ingested'; the same text from another outlet is a syndicated copy (`copyOf`); the same headline and date
 * from another outlet gets the outlet in its slug. Existing files are never overwritten.
 */
export function ingestSources(sources: ArticleSource[], options: IngestOptions): IngestOutcome[] {
  const overrides = overridesOf(options);
  try {
    checkOverrides(overrides);
  } catch (error) {
    throw error instanceof DossierError ? new DossierErrors([error]) : error;
  }
  const dir = join(options.contentDir, 'articles');
  const known = new KnownArticles(dir);
  const outcomes: IngestOutcome[] = [];
  const pending: { index: number; path: string; content: string }[] = [];
  // Written 500 at a time as they come, so a long run stopped half-way keeps what it has read.
  const flush = () => {
    writeNewFilesEach(pending).forEach((written, i) => {
      const { index } = pending[i]!;
      const outcome = outcomes[index] as IngestResult;
      if (written instanceof DossierError) outcomes[index] = { file: outcome.file, status: 'failed', error: written };
      else if (written === 'exists-identical') outcome.status = 'already-ingested';
    });
    pending.length = 0;
  };
  for (const [index, source] of sources.entries()) {
    try {
      const article = source.read(overrides);
      const placed = placeArticle(article, known, source.file);
      const path = join(dir, `${placed.slug}.md`);
      const result: IngestResult = {
        file: source.file,
        target: displayPath(path),
        slug: placed.slug,
        status: placed.status,
        paragraphs: article.paragraphs.length,
      };
      if (placed.status === 'created') {
        if (placed.article.copyOf) result.copyOf = placed.article.copyOf;
        pending.push({ index, path, content: articleToMarkdown(placed.article) });
      }
      outcomes.push(result);
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      outcomes.push({ file: source.file, status: 'failed', error });
    }
    if (pending.length >= WRITE_BATCH) flush();
    options.onProgress?.(index + 1, sources.length);
  }
  flush();
  return outcomes;
}

function overridesOf(options: IngestOptions): IngestOverrides {
  return {
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    ...(options.url !== undefined ? { url: options.url } : {}),
  };
}

function readBytes(input: string, file: string): Uint8Array {
  try {
    return readFileSync(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'The file does not exist.'
        : code === 'EISDIR'
          ? 'This is a folder, not a file.'
          : `The file cannot be read (${(error as Error).message}).`;
    throw new DossierError(problem, 'Check the path and try again.', { file });
  }
}
