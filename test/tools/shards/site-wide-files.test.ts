// The files a shard other than the first leaves out: what every route without parameters writes, read from the
// real src/pages; routes with parameters (filtered by their getStaticPaths) are not among them.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropSiteWideFiles, siteWideFiles } from '../../../tools/shards/site-wide-files.ts';

const pages = join(process.cwd(), 'src', 'pages');

describe('siteWideFiles', () => {
  it("lists the outputs of the site's routes without parameters, and none of those with", () => {
    const files = siteWideFiles(pages);
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'search/index.html', 'timeline/index.html', 'articles/index.html', 'rss.xml', 'sitemap.xml', 'names.json']));
    for (const file of files) expect(file).not.toMatch(/\[|kb\.json|part-/);
  });

  it('maps page and endpoint files the way Astro writes them, skipping _files and parameters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-routes-'));
    try {
      for (const file of ['index.astro', 'about.astro', 'docs/index.md', 'docs/guide.mdx', 'feed.atom.ts', '_partial.astro', '[slug].astro', 'x/[id]/index.astro', '404.astro']) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), '');
      }
      expect(siteWideFiles(dir)).toEqual(['404.html', 'about/index.html', 'docs/guide/index.html', 'docs/index.html', 'feed.atom', 'index.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dropSiteWideFiles deletes them and the folders they leave empty, keeping every other file', () => {
    const site = mkdtempSync(join(tmpdir(), 'dossier-shard-site-'));
    try {
      for (const file of ['index.html', 'search/index.html', 'articles/index.html', 'articles/a-story/index.html', '_astro/app.js']) {
        mkdirSync(join(site, file, '..'), { recursive: true });
        writeFileSync(join(site, file), 'x');
      }
      expect(dropSiteWideFiles(pages, site)).toEqual(['articles/index.html', 'index.html', 'search/index.html']);
      expect(readdirSync(site).sort()).toEqual(['_astro', 'articles']);
      expect(readdirSync(join(site, 'articles'))).toEqual(['a-story']);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
