// The edits a review makes, as the editors' guide (CONTRIBUTING.md) describes them, on the content files only and
// each file written atomically: reject (the name to content/ignore.yml, the page deleted), merge (names and
// `replaces` moved to the page that stays), rename, kind, memberOf/within, a page moved to another type, and the
// record of pages kept. Frontmatter is edited as a YAML document, so an editor's comments and order survive.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument, type Document } from 'yaml';
import type { PageRecord } from '../content/content-model.ts';
import { IGNORE_FILE } from '../content/load-content.ts';
import { DossierError } from '../errors.ts';
import { writeFileAtomic, writeNewFile } from '../fs/write-new-file.ts';
import { ENTITY_SCHEMAS } from '../schemas/entity.ts';
import { normaliseName } from '../text/normalise-name.ts';
import { TYPE_FOLDER, type EntityType } from '../types.ts';

/** The pages an editor kept after review, by file: they leave the queue. */
export const REVIEWED_FILE = 'reviewed.yml';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

interface PageFile {
  doc: Document;
  body: string;
}

function readPage(root: string, file: string): PageFile {
  const source = readFileSync(join(root, file), 'utf8');
  const match = FENCE.exec(source);
  if (!match) throw new DossierError('has no frontmatter.', 'Start the file with "---", the fields, and "---".', { file, line: 1 });
  return { doc: parseDocument(match[1] ?? ''), body: source.slice(match[0].length) };
}

function pageText(page: PageFile): string {
  return `---\n${page.doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${page.body}`;
}

function list(doc: Document, field: string): string[] {
  const value = doc.get(field);
  return isSeq(value) ? (value.toJSON() as string[]) : [];
}

function editPage(root: string, file: string, edit: (page: PageFile) => void): void {
  const page = readPage(root, file);
  edit(page);
  writeFileAtomic(join(root, file), pageText(page));
}

/** Appends names to a YAML list file under content/ (created with a comment when missing), keeping what is there. */
function appendToList(root: string, name: string, values: string[], comment: string): void {
  const path = join(root, 'content', name);
  const doc = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : `# ${comment}\n`);
  const have = isSeq(doc.contents) ? (doc.contents.toJSON() as string[]) : [];
  const add = values.filter((value) => !have.some((old) => normaliseName(String(old)) === normaliseName(value)));
  if (add.length === 0) return;
  if (!isSeq(doc.contents)) doc.contents = doc.createNode([]) as typeof doc.contents;
  for (const value of add) (doc.contents as unknown as { add(v: unknown): void }).add(doc.createNode(value));
  writeFileAtomic(path, doc.toString({ lineWidth: 0 }));
}

/** Every page whose memberOf, within or parties names `slug` of `type`, with that reference changed (or removed). */
function retarget(root: string, pages: PageRecord[], type: EntityType, slug: string, to: string | undefined): string[] {
  const field = type === 'party' ? ['memberOf', 'parties'] : type === 'place' ? ['within'] : [];
  const changed: string[] = [];
  for (const page of pages) {
    const data = page.data as Record<string, unknown>;
    const hits = field.filter((name) => data[name] === slug || (Array.isArray(data[name]) && (data[name] as string[]).includes(slug)));
    if (hits.length === 0) continue;
    editPage(root, page.file, ({ doc }) => {
      for (const name of hits) {
        if (name === 'parties') {
          const next = [...new Set(list(doc, name).map((party) => (party === slug ? to : party)).filter((party): party is string => !!party))];
          if (next.length > 0) doc.set(name, next);
          else doc.delete(name);
        } else if (to && to !== page.slug) doc.set(name, to);
        else doc.delete(name);
      }
    });
    changed.push(page.file);
  }
  return changed;
}

/** Rejects a page for good: its name goes to content/ignore.yml and its file is deleted. Returns the files changed. */
export function rejectPage(root: string, page: PageRecord, pages: PageRecord[]): string[] {
  appendToList(root, IGNORE_FILE, [page.data.name], 'Names Dossier must never turn into pages again.');
  unlinkSync(join(root, page.file));
  const others = pages.filter((other) => other.key !== page.key);
  return [`content/${IGNORE_FILE}`, page.file, ...retarget(root, others, page.type, page.slug, undefined)];
}

/**
 * Merges `from` into `into`: from's name and aliases join into's aliases, from's file name (and what it replaced)
 * joins into's `replaces`, references follow, from's own text (when `keepText`) is appended, and from is deleted.
 */
export function mergePage(root: string, from: PageRecord, into: PageRecord, pages: PageRecord[], keepText: boolean): string[] {
  if (from.type !== into.type) {
    throw new DossierError(`is a ${from.type} page and ${into.file} a ${into.type} page: only pages of one type merge.`, 'Change the type of one of them first.', { file: from.file });
  }
  const moved = readPage(root, from.file);
  editPage(root, into.file, (page) => {
    const own = normaliseName(String(page.doc.get('name')));
    const aliases = list(page.doc, 'aliases');
    for (const name of [from.data.name, ...from.data.aliases]) {
      if (normaliseName(name) !== own && !aliases.some((alias) => normaliseName(alias) === normaliseName(name))) aliases.push(name);
    }
    page.doc.set('aliases', aliases);
    page.doc.set('replaces', [...new Set([...list(page.doc, 'replaces'), from.slug, ...from.data.replaces])]);
    if (keepText && moved.body.trim()) page.body = `${page.body.trimEnd()}\n\n${moved.body.trim()}\n`;
  });
  unlinkSync(join(root, from.file));
  const others = pages.filter((other) => other.key !== from.key && other.key !== into.key);
  return [into.file, from.file, ...retarget(root, others, from.type, from.slug, into.slug)];
}

/** Shows the page under another name; the old one stays an alias, so articles using it still link here. */
export function renamePage(root: string, page: PageRecord, name: string): string[] {
  editPage(root, page.file, ({ doc }) => {
    const old = String(doc.get('name'));
    doc.set('name', name);
    const aliases = list(doc, 'aliases').filter((alias) => normaliseName(alias) !== normaliseName(name));
    if (normaliseName(old) !== normaliseName(name) && !aliases.some((alias) => normaliseName(alias) === normaliseName(old))) aliases.push(old);
    doc.set('aliases', aliases);
  });
  return [page.file];
}

/** Sets (or, with undefined, removes) one field: kind, memberOf, within. The value is checked against the schema first. */
export function setField(root: string, page: PageRecord, field: 'kind' | 'memberOf' | 'within', value: string | undefined): string[] {
  const data = { ...page.data, [field]: value };
  if (value === undefined) delete (data as Record<string, unknown>)[field];
  const checked = ENTITY_SCHEMAS[page.type].safeParse(data);
  if (!checked.success) {
    throw new DossierError(`cannot take ${field}: ${value} (${checked.error.issues[0]?.message}).`, `Give a ${field} a ${page.type} page takes.`, { file: page.file, field });
  }
  editPage(root, page.file, ({ doc }) => (value === undefined ? doc.delete(field) : doc.set(field, value)));
  return [page.file];
}

/** Moves a page to another type's folder (a "place" that is a party): the fields the new type does not take are dropped. */
export function changeType(root: string, page: PageRecord, type: EntityType, kind: string | undefined, pages: PageRecord[]): string[] {
  const file = `content/${TYPE_FOLDER[type]}/${page.slug}.mdx`;
  const moved = readPage(root, page.file);
  for (const field of ['kind', 'memberOf', 'within', 'coordinates', 'date', 'parties', 'status']) moved.doc.delete(field);
  if (kind) moved.doc.set('kind', kind);
  const checked = ENTITY_SCHEMAS[type].safeParse(moved.doc.toJS());
  if (!checked.success) {
    throw new DossierError(`cannot become a ${type} page (${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}).`, `Give the kind a ${type} page takes.`, { file: page.file });
  }
  writeNewFile(join(root, file), pageText(moved));
  unlinkSync(join(root, page.file));
  return [file, page.file, ...retarget(root, pages.filter((other) => other.key !== page.key), page.type, page.slug, undefined)];
}

/** Records that an editor looked at the page and kept it: it leaves the review queue. */
export function keepPage(root: string, page: PageRecord): string[] {
  appendToList(root, REVIEWED_FILE, [page.file], 'Pages an editor reviewed and kept (npm run review): they leave the review queue.');
  return [`content/${REVIEWED_FILE}`];
}
