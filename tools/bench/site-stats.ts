// Sizes of a built site: HTML pages written, the whole output folder, and Pagefind's index folder.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteStats {
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

export function siteStats(dist: string): SiteStats {
  const stats: SiteStats = { htmlPages: 0, distBytes: 0, pagefindBytes: 0, pagefindFiles: 0 };
  const pagefind = join(dist, 'pagefind');
  walk(dist, (path, bytes) => {
    stats.distBytes += bytes;
    if (path.endsWith('.html')) stats.htmlPages++;
    if (path.startsWith(pagefind + '/')) {
      stats.pagefindBytes += bytes;
      stats.pagefindFiles++;
    }
  });
  return stats;
}
