// The kb step on a temporary content tree: it scaffolds a page for every entity once, a second run
// changes nothing, --check writes nothing, and an editor's page is never rewritten.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/kb/ingest/ingest.ts';
import { noAnalysisCache } from '../../../src/kb/pipeline/extract-all.ts';
import { runKb } from '../../../src/kb/pipeline/run-kb.ts';
import { fileSnapshot } from '../../helpers/file-snapshot.ts';
import { cachePath } from '../../../src/kb/cache/cache-files.ts';
import { engineDigest } from '../../../src/kb/cache/engine-digest.ts';
import { diskParsedFiles } from '../../../src/kb/cache/parsed-files.ts';
import { readContentFile } from '../../../src/kb/content/read-content-file.ts';
import type { DossierError } from '../../../src/kb/errors.ts';

const ARTICLE = [
  'Union and port employers resume talks in Rotterdam',
  'source: Example Wire',
  'published: 2025-03-14',
  '',
  'Negotiators for the Dock Workers Federation met the Port Employers Association in Rotterdam on Thursday.',
  '',
  'Federation spokesman Pieter de Vries said the union demanded a wage increase of 6 percent.',
].join('\n');

let root: string;

function snapshot(): Map<string, string> {
  return fileSnapshot(root, join(root, 'content'));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-kb-'));
  writeFileSync(join(root, 'article.txt'), ARTICLE);
  ingestFiles([join(root, 'article.txt')], { contentDir: join(root, 'content') });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('runKb', () => {
  it('lists missing pages with --check and writes nothing', async () => {
    const before = snapshot();
    const result = await runKb(root, { check: true, cache: noAnalysisCache });
    expect(result.missing.length).toBeGreaterThan(0);
    expect(result.missing.map((page) => page.file)).toContain('content/dates/2025-03-13.mdx');
    expect(snapshot()).toEqual(before);
  });

  it('creates every missing page once; a second run changes nothing and --check passes', async () => {
    const first = await runKb(root, { cache: noAnalysisCache });
    expect(first.missing.length).toBeGreaterThan(0);
    const after = snapshot();
    for (const page of first.missing) expect(after.get(page.file)).toBe(page.source);
    const second = await runKb(root, { cache: noAnalysisCache });
    expect(second.missing).toEqual([]);
    expect(snapshot()).toEqual(after);
    expect((await runKb(root, { check: true, cache: noAnalysisCache })).missing).toEqual([]);
  });

  it('never rewrites a page an editor wrote, even one whose name it would extract', async () => {
    const mine = '---\nname: Rotterdam\naliases: []\nkind: city\n---\n\nMy own words about the port city.\n';
    mkdirSync(join(root, 'content/places'), { recursive: true });
    writeFileSync(join(root, 'content/places/rotterdam.mdx'), mine);
    await runKb(root, { cache: noAnalysisCache });
    expect(readFileSync(join(root, 'content/places/rotterdam.mdx'), 'utf8')).toBe(mine);
  });

  it('reports a name two pages claim as a homonym and leaves it unlinked', async () => {
    mkdirSync(join(root, 'content/parties'), { recursive: true });
    writeFileSync(join(root, 'content/parties/abbas-kamel.mdx'), '---\nname: Abbas Kamel\naliases: []\nkind: person\n---\n');
    writeFileSync(join(root, 'content/parties/hassan-kamel.mdx'), '---\nname: Hassan Kamel\naliases: []\nkind: person\n---\n');
    writeFileSync(join(root, 'abbas.txt'), 'Envoys meet in Rotterdam\npublished: 2025-03-14\n\nKamel told reporters in Rotterdam that talks would go on.');
    ingestFiles([join(root, 'abbas.txt')], { contentDir: join(root, 'content') });
    const result = await runKb(root, { cache: noAnalysisCache });
    const homonym = result.homonyms.find((h) => h.surface === 'Kamel' && h.paragraph === 1);
    expect(homonym?.candidates.sort()).toEqual(['party/abbas-kamel', 'party/hassan-kamel']);
    expect(homonym?.article).toBe('2025-03-14-envoys-meet-in-rotterdam');
  });

  it('remembers each page it writes as reading the file records it, so the next run parses none of them', async () => {
    const first = await runKb(root);
    expect(first.missing.length).toBeGreaterThan(0);
    const parsed = diskParsedFiles(cachePath(root, 'content.json'), engineDigest(root));
    for (const page of first.missing) {
      const source = readFileSync(join(root, page.file), 'utf8');
      const errors: DossierError[] = [];
      const fresh = readContentFile(page.type, page.slug, page.file, source, errors);
      expect(errors).toEqual([]);
      expect(parsed.get(page.file, source)).toEqual(fresh);
    }
  });
});
