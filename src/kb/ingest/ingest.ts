// Turns plain-text articles into content/articles/<slug>.md: checks every file first and writes only when all pass.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError, DossierErrors } from '../errors.ts';
import { displayPath } from '../fs/display-path.ts';
import { writeNewFile } from '../fs/write-new-file.ts';
import { articleToMarkdown } from '../content/article-format.ts';
import { checkOverrides, type IngestOverrides } from './header-values.ts';
import { parsePlainTextFile } from './parse-plain-text.ts';
import { articleSlug, slugify } from '../text/slug.ts';

export interface IngestOptions extends IngestOverrides {
  /** The content folder; articles go to `<contentDir>/articles/`. */
  contentDir: string;
}

export interface IngestResult {
  /** The plain-text file, as named in messages. */
  file: string;
  /** The article file, as named in messages ("content/articles/2024-08-25-….md"). */
  target: string;
  slug: string;
  /** 'already-ingested': the article file exists with exactly this content (re-ingesting is harmless). */
  status: 'created' | 'already-ingested';
  paragraphs: number;
}

interface Planned {
  result: IngestResult;
  path: string;
  content: string;
}

/**
 * Ingests `files` in order. Every file is read, parsed and checked against content/articles/ (and against the
 * others in the batch) before anything is written; if any fails, nothing is written and a DossierErrors lists every
 * problem. An article whose file already exists with the same content is reported as already ingested; one whose
 * slug is taken by a different article is refused, leaving the existing file untouched.
 */
export function ingestFiles(files: string[], options: IngestOptions): IngestResult[] {
  const overrides: IngestOverrides = {
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    ...(options.url !== undefined ? { url: options.url } : {}),
  };
  try {
    checkOverrides(overrides);
  } catch (error) {
    throw error instanceof DossierError ? new DossierErrors([error]) : error;
  }

  const errors: DossierError[] = [];
  const planned: Planned[] = [];
  const byPath = new Map<string, Planned>();
  for (const input of files) {
    try {
      const plan = planFile(input, options.contentDir, overrides);
      const earlier = byPath.get(plan.path);
      if (earlier && earlier.content !== plan.content) {
        throw new DossierError(
          `It would become ${plan.result.target}, like ${earlier.result.file} earlier in this batch, but the two articles differ.`,
          'Give them different headlines, or ingest only one of them.',
          { file: plan.result.file },
        );
      }
      byPath.set(plan.path, plan);
      planned.push(plan);
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new DossierErrors(errors);

  for (const plan of planned) {
    if (plan.result.status === 'created' && writeNewFile(plan.path, plan.content) === 'exists-identical') {
      plan.result.status = 'already-ingested';
    }
  }
  return planned.map((plan) => plan.result);
}

/** Reads, parses and names one file's article, and compares it with what content/articles/ already holds. */
function planFile(input: string, contentDir: string, overrides: IngestOverrides): Planned {
  const file = displayPath(input);
  const article = parsePlainTextFile(readBytes(input, file), file, overrides);
  if (slugify(article.title) === '') {
    throw new DossierError(
      'The headline has no Latin letters or digits to name the article file after.',
      'Write the headline in Latin letters (transliterated if need be).',
      { file, field: 'title' },
    );
  }
  const slug = articleSlug(article.published, article.title);
  const path = join(contentDir, 'articles', `${slug}.md`);
  const target = displayPath(path);
  const content = articleToMarkdown(article);
  let status: IngestResult['status'] = 'created';
  if (existsSync(path)) {
    if (readFileSync(path, 'utf8') !== content) {
      throw new DossierError(
        `Its article file ${target} already exists and holds a different text (another article with the same date and headline, or an edited copy).`,
        `If this is another article, change its headline; if it should replace that file, remove or rename ${target} by hand and ingest again.`,
        { file },
      );
    }
    status = 'already-ingested';
  }
  return { result: { file, target, slug, status, paragraphs: article.paragraphs.length }, path, content };
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
