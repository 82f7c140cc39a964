// The cache keys everything on content digests: a file's bytes (never its mtime) and the engine's own
// source, so a change of either is never answered from what was kept before.
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { diskArticleStore } from '../../../src/kb/cache/article-store.ts';
import { cachePath, readStamped, writeStamped } from '../../../src/kb/cache/cache-files.ts';
import { engineDigest } from '../../../src/kb/cache/engine-digest.ts';
import { diskParsedFiles } from '../../../src/kb/cache/parsed-files.ts';
import { recordUpToDate, upToDate } from '../../../src/kb/cache/up-to-date.ts';
import type { ArticleText } from '../../../src/kb/types.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with an engine of two files (a rule and a word list) and one article. */
function project(rule = 'export const RULE = 1;\n'): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
  roots.push(root);
  mkdirSync(join(root, 'src', 'kb', 'cache'), { recursive: true });
  writeFileSync(join(root, 'src', 'kb', 'cache', 'engine-digest.ts'), '// stands for the engine\n');
  writeFileSync(join(root, 'src', 'kb', 'rule.ts'), rule);
  mkdirSync(join(root, 'src', 'kb', 'lexicon'));
  writeFileSync(join(root, 'src', 'kb', 'lexicon', 'titles.yml'), 'titles:\n  - harbour warden\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  writeFileSync(join(root, 'content', 'articles', 'a.md'), '---\ntitle: "One"\n---\n\nText.\n');
  return root;
}

/** Rewrites a file with other bytes of the same length, and puts its modification time back. */
function sameSizeEdit(path: string, text: string): void {
  const { atime, mtime, size } = statSync(path);
  expect(Buffer.byteLength(text)).toBe(size);
  writeFileSync(path, text);
  utimesSync(path, atime, mtime);
}

const ARTICLE: ArticleText = { slug: 'a', title: 'One', published: '2025-01-02', paragraphs: ['Text.'] };

describe('the engine digest', () => {
  it('is the same for the same engine, wherever it lies', () => {
    const a = project();
    const b = join(tmpdir(), `dossier-cache-copy-${process.pid}`);
    cpSync(a, b, { recursive: true });
    roots.push(b);
    expect(engineDigest(b)).toBe(engineDigest(a));
  });

  it('changes with a rule or a word list, even at the same size and modification time', () => {
    const before = engineDigest(project());
    const rule = project();
    sameSizeEdit(join(rule, 'src', 'kb', 'rule.ts'), 'export const RULE = 2;\n');
    expect(engineDigest(rule)).not.toBe(before);
    const words = project();
    sameSizeEdit(join(words, 'src', 'kb', 'lexicon', 'titles.yml'), 'titles:\n  - harbour pilots\n');
    expect(engineDigest(words)).not.toBe(before);
  });
});

describe('stamped cache files', () => {
  it('read back only by the engine that wrote them', () => {
    const root = project();
    const path = cachePath(root, 'thing.json');
    writeStamped(path, 'engine-1', { kept: true });
    expect(readStamped(path, 'engine-1', z.unknown())).toEqual({ kept: true });
    expect(readStamped(path, 'engine-2', z.unknown())).toBeUndefined();
    writeFileSync(path, '{ damaged');
    expect(readStamped(path, 'engine-1', z.unknown())).toBeUndefined();
  });

  it('keep analyses per article text, for one engine', () => {
    const dir = cachePath(project(), 'analyses');
    const store = diskArticleStore<string>(dir, 'engine-1');
    store.set(ARTICLE, 'analysis');
    store.flush?.();
    expect(diskArticleStore<string>(dir, 'engine-1').get(ARTICLE)).toBe('analysis');
    expect(diskArticleStore<string>(dir, 'engine-1').get({ ...ARTICLE, paragraphs: ['Texts'] })).toBeUndefined();
    expect(diskArticleStore<string>(dir, 'engine-2').get(ARTICLE)).toBeUndefined();
  });

  it('give a parsed file back only for the very bytes it was parsed from', () => {
    const path = cachePath(project(), 'content.json');
    const parsed = diskParsedFiles(path, 'engine-1');
    parsed.set('content/articles/a.md', 'title: One', { record: 1 });
    parsed.save();
    const next = diskParsedFiles(path, 'engine-1');
    expect(next.get('content/articles/a.md', 'title: One')).toEqual({ record: 1 });
    expect(next.get('content/articles/a.md', 'title: Two')).toBeUndefined();
    expect(diskParsedFiles(path, 'engine-2').get('content/articles/a.md', 'title: One')).toBeUndefined();
  });
});

describe('the up-to-date record', () => {
  it('holds while the content is unchanged, and not after a same-size edit with the old modification time', () => {
    const root = project();
    recordUpToDate(root, { homonyms: [] });
    expect(upToDate(root)).toMatchObject({ articles: 1, pages: 0, value: { homonyms: [] } });
    sameSizeEdit(join(root, 'content', 'articles', 'a.md'), '---\ntitle: "Two"\n---\n\nText.\n');
    expect(upToDate(root)).toBeUndefined();
  });

  it('does not hold once an editor adds a word list to content/', () => {
    const root = project();
    recordUpToDate(root, { homonyms: [] });
    writeFileSync(join(root, 'content', 'lexicon.yml'), 'titles:\n  - harbour warden\n');
    expect(upToDate(root)).toBeUndefined();
  });
});
