// The one reader of content files, used by `kb` and by the site's content loader alike: splits the
// frontmatter from the body, validates the frontmatter with the Zod schema of its collection (errors name
// the file, line and field), and builds the record the engine works on.
import type { Root } from 'mdast';
import { DossierError } from '../errors.ts';
import { decodeTextFile } from '../fs/decode-text.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { ENTITY_SCHEMAS, type EntityData } from '../schemas/entity.ts';
import { slugify } from '../text/slug.ts';
import { entityKey, type EntityType } from '../types.ts';
import { paragraphsOf } from './article-format.ts';
import type { ArticleRecord, PageRecord } from './content-model.ts';
import { bodyAfterFrontmatter, parseFrontmatter, type Frontmatter } from './frontmatter.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import type { ParsedFiles } from './parsed-files.ts';
import { validateFrontmatter } from './validate.ts';

/** What the reader gives for one file: the record and the body as written (an entity page's prose). */
export interface ContentFile<R> {
  record: R;
  body: string;
}

/**
 * A content file's name is its page's address, so it must be one: lower case, digits and dashes ("Velmor.mdx"
 * and "velmor.mdx" would otherwise be two files for one address). The slug, or undefined with an error.
 */
export function slugOfFile(name: string, extension: string, file: string, errors: DossierError[]): string | undefined {
  const slug = name.slice(0, -extension.length);
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return slug;
  const suggestion = slugify(slug);
  errors.push(
    new DossierError(
      `has a file name that cannot be a page address (only lower-case letters, digits and single dashes).`,
      suggestion ? `Rename it to ${suggestion}${extension}.` : 'Rename it using lower-case letters, digits and dashes.',
      { file },
    ),
  );
  return undefined;
}

/**
 * A content file's bytes as text, checked as ingest checks an article (strict UTF-8, no binary): a page saved in
 * Latin-1 by a hand editor would otherwise be published with U+FFFD in place of its accents. Undefined, with the
 * problem added to `errors`, when the bytes are not UTF-8 text.
 */
export function decodeContentFile(bytes: Uint8Array, file: string, errors: DossierError[]): string | undefined {
  try {
    return decodeTextFile(bytes, file, { again: 'run the command again', binary: 'A content file is text: restore it from the repository\'s history, or write it again.' });
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    errors.push(error);
    return undefined;
  }
}

/** Reads through the parsed-files cache: an unchanged file's record comes back without parsing. */
function read<R>(
  file: string,
  source: string,
  errors: DossierError[],
  parsed: ParsedFiles | undefined,
  build: (fm: Frontmatter) => R | undefined,
): ContentFile<R> | undefined {
  const hit = parsed?.get(file, source) as ContentFile<R> | undefined;
  if (hit) return hit;
  let fm;
  try {
    fm = parseFrontmatter(source, file);
  } catch (error) {
    if (error instanceof DossierError) {
      errors.push(error);
      return undefined;
    }
    throw error;
  }
  const record = build(fm);
  if (record === undefined) return undefined;
  const result = { record, body: fm.body };
  parsed?.set(file, source, result);
  return result;
}

/**
 * A content file of `collection` (an article, content/articles/<slug>.md, or an entity page of that type,
 * content/<folder>/<slug>.mdx) read into its record: undefined, with the problems added to `errors`, when
 * the file cannot be read.
 */
export function readContentFile(collection: 'article', slug: string, file: string, source: string, errors: DossierError[], parsed?: ParsedFiles): ContentFile<ArticleRecord> | undefined;
export function readContentFile(collection: EntityType, slug: string, file: string, source: string, errors: DossierError[], parsed?: ParsedFiles): ContentFile<PageRecord> | undefined;
export function readContentFile(collection: 'article' | EntityType, slug: string, file: string, source: string, errors: DossierError[], parsed?: ParsedFiles): ContentFile<ArticleRecord | PageRecord> | undefined;
export function readContentFile(
  collection: 'article' | EntityType,
  slug: string,
  file: string,
  source: string,
  errors: DossierError[],
  parsed?: ParsedFiles,
): ContentFile<ArticleRecord | PageRecord> | undefined {
  return read<ArticleRecord | PageRecord>(file, source, errors, parsed, (fm) => {
    if (collection === 'article') {
      const data = validateFrontmatter(articleSchema, fm, file, errors);
      return data ? articleRecord(slug, file, data, fm.body) : undefined;
    }
    const data = validateFrontmatter(ENTITY_SCHEMAS[collection], fm, file, errors);
    const body = checkMdxSyntax(fm.body, file, fm.bodyLine);
    if (body) errors.push(body);
    return data && !body ? pageRecord(collection, slug, file, data) : undefined;
  });
}

/** The record of an article from its validated frontmatter and its body (as text, or parsed once by the caller). */
export function articleRecord(slug: string, file: string, data: ArticleData, body: string | Root): ArticleRecord {
  return {
    slug,
    file,
    data,
    title: data.title,
    published: data.published,
    ...(data.source ? { source: data.source } : {}),
    paragraphs: paragraphsOf(body),
  };
}

/**
 * Remembers a page kb has just written from fields it validated, as reading the file would record it, so the next
 * run does not parse thousands of new pages' YAML and MDX again.
 */
export function rememberWrittenPage(parsed: ParsedFiles, page: PageRecord, source: string): void {
  const body = bodyAfterFrontmatter(source);
  if (body === undefined) return;
  parsed.set(page.file, source, { record: pageRecord(page.type, page.slug, page.file, page.data), body });
}

/** The record of an entity page from its validated frontmatter. */
export function pageRecord(type: EntityType, slug: string, file: string, data: EntityData): PageRecord {
  return { key: entityKey(type, slug), type, slug, file, data };
}
