// Crawls a built site from its home page like a reader clicking every link: returns the broken internal links
// (missing page or #anchor), the links that miss the base path, and the pages never reached.
import { allHtmlFiles, elements, fileFor, readHtml } from './site-files.ts';

export interface CrawlResult {
  broken: string[];
  outsideBase: string[];
  unreachable: string[];
}

export function crawl(siteDir: string, base = '/'): CrawlResult {
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  const ids = new Map<string, Set<string>>();
  const pending: { from: string; file: string; id: string }[] = [];
  const broken: string[] = [];
  const outsideBase: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const tree = readHtml(siteDir, file);
    ids.set(file, new Set(elements(tree, (el) => el.properties['id'] !== undefined).map((el) => String(el.properties['id']))));
    const here = new URL(`http://site${base}${file}`);
    for (const el of elements(tree, (node) => (node.tagName === 'a' || node.tagName === 'link' || node.tagName === 'script') && (node.properties['href'] ?? node.properties['src']) !== undefined)) {
      const href = String(el.properties['href'] ?? el.properties['src']);
      const target = new URL(href, here);
      if (target.host !== 'site' || target.protocol !== 'http:') continue;
      if (el.tagName === 'link' && String(el.properties['rel'] ?? '').includes('canonical')) continue;
      if (!target.pathname.startsWith(base)) {
        outsideBase.push(`${file} → ${href}`);
        continue;
      }
      const targetFile = fileFor(siteDir, target.pathname.slice(base.length - 1));
      if (!targetFile) {
        broken.push(`${file} → ${href}`);
        continue;
      }
      if (target.hash) pending.push({ from: file, file: targetFile, id: decodeURIComponent(target.hash.slice(1)) });
      if (targetFile.endsWith('.html') && !seen.has(targetFile)) {
        seen.add(targetFile);
        queue.push(targetFile);
      }
    }
  }
  for (const { from, file, id } of pending) {
    if (!ids.get(file)?.has(id)) broken.push(`${from} → ${file}#${id}`);
  }
  // a renamed or merged page's old address answers with a redirect: it is kept for links from elsewhere, not linked
  const unreachable = allHtmlFiles(siteDir).filter((file) => !seen.has(file) && file !== '404.html' && !isRedirect(siteDir, file));
  return { broken, outsideBase, unreachable };
}

/** A page that only sends the reader on to another (Astro's redirect page: a refresh to the new address). */
function isRedirect(siteDir: string, file: string): boolean {
  return elements(readHtml(siteDir, file), (el) => el.tagName === 'meta' && String(el.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh').length > 0;
}
