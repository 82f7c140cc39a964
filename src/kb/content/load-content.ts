// Reads and validates everything under content/ for the command-line tools: articles, entity pages and the
// ignore list. Every problem is collected, so one run reports them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DossierError, DossierErrors } from '../errors.ts';
import { paragraphsOf } from './article-format.ts';
import { slugify } from '../text/slug.ts';
import { articleSchema } from '../schemas/article.ts';
import { ENTITY_SCHEMAS } from '../schemas/entity.ts';
import { ENTITY_TYPES, TYPE_FOLDER, entityKey } from '../types.ts';
import type { ArticleRecord, ContentSnapshot, PageRecord } from './content-model.ts';
import { checkContent } from './check-content.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { ParsedFiles } from '../pipeline/parsed-files.ts';
import { validateFrontmatter } from './validate.ts';

/** The git-tracked list of rejected names, relative to the content folder. */
export const IGNORE_FILE = 'ignore.yml';

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort();
}

/**
 * A content file's name is its page's address, so it must be one: lower case, digits and dashes. ("Hamas.mdx"
 * and "hamas.mdx" would otherwise be two files for one address.)
 */
function fileNameIsAddress(name: string, extension: string, file: string, errors: DossierError[]): boolean {
  const slug = name.slice(0, -extension.length);
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return true;
  const suggestion = slugify(slug);
  errors.push(
    new DossierError(
      `has a file name that cannot be a page address (only lower-case letters, digits and single dashes).`,
      suggestion ? `Rename it to ${suggestion}${extension}.` : 'Rename it using lower-case letters, digits and dashes.',
      { file },
    ),
  );
  return false;
}

/** Reads content/ under `root`; throws DossierErrors listing every problem found. `parsed` reuses unchanged files' records. */
export function loadContent(root: string, contentDir = join(root, 'content'), parsed?: ParsedFiles): ContentSnapshot {
  const errors: DossierError[] = [];
  const show = (path: string) => relative(root, path) || path;

  const articles: ArticleRecord[] = [];
  const articleDir = join(contentDir, 'articles');
  for (const name of listFiles(articleDir, '.md')) {
    if (!fileNameIsAddress(name, '.md', show(join(articleDir, name)), errors)) continue;
    const file = show(join(articleDir, name));
    const hit = parsed?.get(join(articleDir, name)) as ArticleRecord | undefined;
    if (hit) {
      articles.push(hit);
      continue;
    }
    try {
      const source = readFileSync(join(articleDir, name), 'utf8');
      const fm = parseFrontmatter(source, file);
      const data = validateFrontmatter(articleSchema, fm, file, errors);
      if (!data) continue;
      const paragraphs = paragraphsOf(fm.body);
      const slug = name.slice(0, -'.md'.length);
      const record: ArticleRecord = {
        slug,
        file,
        data,
        title: data.title,
        published: data.published,
        ...(data.source ? { source: data.source } : {}),
        paragraphs,
      };
      articles.push(record);
      parsed?.set(join(articleDir, name), record);
    } catch (error) {
      if (error instanceof DossierError) errors.push(error);
      else throw error;
    }
  }

  const pages: PageRecord[] = [];
  for (const type of ENTITY_TYPES) {
    const dir = join(contentDir, TYPE_FOLDER[type]);
    for (const name of listFiles(dir, '.mdx')) {
      if (!fileNameIsAddress(name, '.mdx', show(join(dir, name)), errors)) continue;
      const file = show(join(dir, name));
      const hit = parsed?.get(join(dir, name)) as PageRecord | undefined;
      if (hit) {
        pages.push(hit);
        continue;
      }
      try {
        const fm = parseFrontmatter(readFileSync(join(dir, name), 'utf8'), file);
        const data = validateFrontmatter(ENTITY_SCHEMAS[type], fm, file, errors);
        if (!data) continue;
        const slug = name.slice(0, -'.mdx'.length);
        const record: PageRecord = { key: entityKey(type, slug), type, slug, file, data };
        pages.push(record);
        parsed?.set(join(dir, name), record);
      } catch (error) {
        if (error instanceof DossierError) errors.push(error);
        else throw error;
      }
    }
  }

  const ignore = readIgnoreList(join(contentDir, IGNORE_FILE), show(join(contentDir, IGNORE_FILE)), errors);
  errors.push(...checkContent(pages));
  if (errors.length > 0) throw new DossierErrors(errors);
  return { articles, pages, ignore };
}

/** content/ignore.yml: a YAML list of names never to extract again. */
export function readIgnoreList(path: string, file: string, errors: DossierError[]): string[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(
      new DossierError(`is not valid YAML (${(error as Error).message.split('\n')[0]}).`, 'Write one "- name" per line.', {
        file,
      }),
    );
    return [];
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data) || data.some((item) => typeof item !== 'string')) {
    errors.push(new DossierError('must be a list of names.', 'Write one "- name" per line, e.g. "- Teams".', { file }));
    return [];
  }
  return data as string[];
}
