// Sizes of a built site: HTML pages written, the whole output folder, Pagefind's index folder, and the files
// and bytes of each page type (pageType), counted as file sizes in bytes, not the disk blocks du reports.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What an output file is, by its path in the site: the rows of the bench's "where the bytes go" table. */
export const PAGE_TYPES = [
  'articles',
  'entity pages',
  'mentions pages',
  'positions pages',
  'related pages',
  'feeds',
  'period timelines',
  'narrowed timelines',
  'indexes',
  'review page',
  'graph and map',
  'kb.json',
  'pagefind',
  'names index',
  'assets',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface FilesAndBytes {
  files: number;
  bytes: number;
  /** The size of the smallest file of the type (absent when there is none). */
  smallest?: number;
}

export interface SiteStats {
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  byType: Record<PageType, FilesAndBytes>;
}

const ENTITY = '(?:parties|places|dates|issues)';
const RULES: [RegExp, PageType][] = [
  [/^pagefind\//, 'pagefind'],
  [/^names(\.json$|\/)/, 'names index'],
  [/^kb(\.json$|\/)/, 'kb.json'],
  [/^_astro\//, 'assets'],
  [/(^|\/)(rss|feed)\.xml$/, 'feeds'],
  [/^timeline\/(index\.html$|\d{4}(-\d{2})?\/)/, 'period timelines'], // a year, or a month of a full year
  [/^timeline\/[^/]+\/[^/]+\//, 'narrowed timelines'],
  [new RegExp(`^${ENTITY}/[^/]+/mentions/`), 'mentions pages'],
  [new RegExp(`^${ENTITY}/[^/]+/positions/`), 'positions pages'],
  [new RegExp(`^${ENTITY}/[^/]+/related/`), 'related pages'],
  [new RegExp(`^${ENTITY}/[^/]+/index\\.html$`), 'entity pages'],
  [/^articles\/[^/]+\/index\.html$/, 'articles'],
  [new RegExp(`^(index\\.html|(articles|${ENTITY})/index\\.html)$`), 'indexes'],
  [/^review\//, 'review page'],
  [/^(graph|map)\//, 'graph and map'],
];

/** The page type of a file at `path` (relative to the site's root, with forward slashes). */
export function pageType(path: string): PageType {
  for (const [pattern, type] of RULES) if (pattern.test(path)) return type;
  return 'other';
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

export function siteStats(dist: string): SiteStats {
  const byType = Object.fromEntries(PAGE_TYPES.map((type) => [type, { files: 0, bytes: 0 }])) as Record<PageType, FilesAndBytes>;
  const stats: SiteStats = { htmlPages: 0, distBytes: 0, pagefindBytes: 0, pagefindFiles: 0, byType };
  walk(dist, (path, bytes) => {
    const type = pageType(relative(dist, path).split(sep).join('/'));
    stats.distBytes += bytes;
    const row = byType[type];
    row.smallest = row.files === 0 ? bytes : Math.min(row.smallest ?? bytes, bytes);
    row.files++;
    row.bytes += bytes;
    if (path.endsWith('.html')) stats.htmlPages++;
    if (type === 'pagefind') {
      stats.pagefindBytes += bytes;
      stats.pagefindFiles++;
    }
  });
  return stats;
}
