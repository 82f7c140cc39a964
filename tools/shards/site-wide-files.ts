// The files a sharded build leaves to shard 1: those of the routes without parameters (home, search, map,
// graph, review, 404, the rss feed, the sitemap, the names index…). Astro renders such a route in every build,
// since only a route with getStaticPaths can be filtered; the other shards delete what it wrote, so every
// address of the merged site comes from exactly one shard. Read from src/pages, so a page added later is
// covered without a list to keep up to date.
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const PAGE = /\.(astro|md|mdx|html)$/;
const ENDPOINT = /\.(ts|js|mjs)$/;

/** What a route file without parameters writes under the output folder (format 'directory'), or undefined. */
function outputOf(route: string): string | undefined {
  const segments = route.split(sep);
  if (segments.some((segment) => segment.includes('[') || segment.startsWith('_'))) return undefined;
  const name = segments.pop()!;
  const folder = segments.join('/');
  const within = (file: string) => (folder ? `${folder}/${file}` : file);
  if (PAGE.test(name)) {
    const stem = name.replace(PAGE, '');
    if (stem === 'index') return within('index.html');
    if (!folder && (stem === '404' || stem === '500')) return `${stem}.html`;
    return within(`${stem}/index.html`);
  }
  if (ENDPOINT.test(name) && !name.endsWith('.d.ts')) return within(name.replace(ENDPOINT, ''));
  return undefined;
}

function routeFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
  );
}

/** The output files (relative, with "/") of every route without parameters under `pagesDir`. */
export function siteWideFiles(pagesDir: string): string[] {
  return routeFiles(pagesDir).flatMap((route) => outputOf(route) ?? []).sort();
}

/** Deletes the site-wide files from a shard's output (and the folders left empty); returns those deleted. */
export function dropSiteWideFiles(pagesDir: string, siteDir: string): string[] {
  const dropped: string[] = [];
  for (const file of siteWideFiles(pagesDir)) {
    const path = join(siteDir, file);
    if (!existsSync(path)) continue;
    rmSync(path);
    dropped.push(file);
    for (let folder = dirname(path); folder !== siteDir && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
  }
  return dropped;
}
