// A damaged cache is never fatal: every file under .cache/dossier holding null, another shape, or a folder where a
// file belongs (and the reverse) is discarded with a one-line notice, the run's result is the same, and the cache is
// rebuilt so the run after reads from it again.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ingestFiles } from '../../../src/kb/ingest/ingest.ts';
import { runKb } from '../../../src/kb/pipeline/run-kb.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const ARTICLE = [
  'Harbour talks resume in Port Alden',
  'source: Example Wire',
  'published: 2025-03-14',
  '',
  'Negotiators for the Velmor Dock Union met the Port Alden Employers Association on Thursday.',
].join('\n');

let root: string;
const cacheDir = () => join(root, '.cache', 'dossier');

/** Every cache file (not V8's compiled modules), relative to the cache folder. */
function cacheFiles(dir = cacheDir(), prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'compiled') return [];
    return entry.isDirectory() ? cacheFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`];
  });
}

/** The run's result without its timing, and the notices it printed. */
async function run(): Promise<{ result: unknown; notices: string[] }> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const { missing, homonyms, pages, articles } = await runKb(root, { recordChecked: true });
    return { result: { missing: missing.map((page) => page.file), homonyms, pages, articles }, notices: warn.mock.calls.map((call) => String(call[0])) };
  } finally {
    warn.mockRestore();
  }
}

/** A project with one ingested article, in a folder removed after the test. */
function project(): void {
  root = tempDir('damaged-cache');
  writeFileSync(join(root, 'article.txt'), ARTICLE);
  ingestFiles([join(root, 'article.txt')], { contentDir: join(root, 'content') });
}

describe('a damaged cache', () => {
  const damages: [string, (path: string) => void][] = [
    ['null', (path) => writeFileSync(path, 'null')],
    ['an array', (path) => writeFileSync(path, '[]')],
    ['the right stamp over a value of another shape', (path) => {
      const { engine } = JSON.parse(readFileSync(path, 'utf8')) as { engine: string };
      writeFileSync(path, JSON.stringify({ engine, value: 'an older shape' }));
    }],
    ['the right stamp over null', (path) => {
      const { engine } = JSON.parse(readFileSync(path, 'utf8')) as { engine: string };
      writeFileSync(path, JSON.stringify({ engine, value: null }));
    }],
  ];

  it.each(damages)('holding %s in every file is discarded with a notice each, and rebuilt', async (_, damage) => {
    project();
    await run(); // scaffolds the pages: the runs compared below have nothing to create
    const clean = await run();
    const files = cacheFiles();
    expect(files).toEqual(expect.arrayContaining(['content.json', 'extractions.json', 'up-to-date.json']));
    for (const file of files) damage(join(cacheDir(), file));
    const damaged = await run();
    expect(damaged.result).toEqual(clean.result);
    expect(damaged.notices.length).toBeGreaterThan(0);
    for (const line of damaged.notices) expect(line).toMatch(/^notice: \S*\.cache\/dossier\/\S+\.json is not a cache file this version of Dossier can read .* it is discarded and rebuilt\.$/);
    const again = await run();
    expect(again).toEqual({ result: clean.result, notices: [] });
    for (const file of files) expect(JSON.parse(readFileSync(join(cacheDir(), file), 'utf8'))).toHaveProperty('engine');
  });

  it('with a file where a folder belongs, or a folder where a file belongs, is rebuilt', async () => {
    project();
    await run(); // scaffolds the pages: the runs compared below have nothing to create
    const clean = await run();
    rmSync(join(cacheDir(), 'analyses'), { recursive: true });
    writeFileSync(join(cacheDir(), 'analyses'), 'not a folder');
    rmSync(join(cacheDir(), 'extractions.json'));
    mkdirSync(join(cacheDir(), 'extractions.json'));
    const damaged = await run();
    expect(damaged.result).toEqual(clean.result);
    expect(damaged.notices).toContainEqual(expect.stringMatching(/extractions\.json is not a cache file .* discarded and rebuilt\.$/));
    expect(statSync(join(cacheDir(), 'analyses')).isDirectory()).toBe(true);
    expect(statSync(join(cacheDir(), 'extractions.json')).isFile()).toBe(true);
    expect(await run()).toEqual({ result: clean.result, notices: [] });
  });
});
