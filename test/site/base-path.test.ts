// The site built for a GitHub Pages project site (DOSSIER_BASE=/dossier/) into its own folder: every link
// includes the base path, and a crawl from the home page finds no broken link and reaches every page.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../helpers/crawl.ts';
import { buildEnv } from '../helpers/build-env.ts';

const root = process.cwd();
const siteDir = join(root, '.cache', 'test-site-base', 'dist');

describe('the site under a base path', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: buildEnv({ DOSSIER_OUT_DIR: siteDir, DOSSIER_BASE: '/dossier/' }),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`The site did not build under /dossier/:\n${build.stdout}\n${build.stderr}`);
  }, 600_000);

  it('links only inside /dossier/, with no broken link and no unreachable page', () => {
    const { broken, outsideBase, unreachable } = crawl(siteDir, '/dossier/');
    expect(outsideBase).toEqual([]);
    expect(broken).toEqual([]);
    expect(unreachable).toEqual([]);
  });

  it('writes base-path URLs into kb.json, the sitemap and the feed', () => {
    const kb = JSON.parse(readFileSync(join(siteDir, 'kb.json'), 'utf8')) as { entities: { url: string }[] };
    for (const entity of kb.entities) expect(entity.url).toMatch(/^\/dossier\//);
    expect(readFileSync(join(siteDir, 'sitemap.xml'), 'utf8')).not.toMatch(/<loc>https?:\/\/[^/]+\/(?!dossier\/)/);
    expect(readFileSync(join(siteDir, 'rss.xml'), 'utf8')).not.toMatch(/<link>https?:\/\/[^/]+\/(?!dossier\/)/);
  });
});
