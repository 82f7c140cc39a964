// Crawls the built site from / like a reader clicking every link: no internal link is broken (page or
// #anchor), and every page is reachable.
import { describe, expect, inject, it } from 'vitest';
import { allHtmlFiles, elements, fileFor, readHtml } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');

describe('crawling the site from /', () => {
  it('finds no broken internal link and reaches every page', () => {
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    const ids = new Map<string, Set<string>>();
    const pending: { from: string; file: string; id: string }[] = [];
    const broken: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      const tree = readHtml(siteDir, file);
      ids.set(file, new Set(elements(tree, (el) => el.properties['id'] !== undefined).map((el) => String(el.properties['id']))));
      const base = new URL(`http://site/${file}`);
      for (const el of elements(tree, (node) => (node.tagName === 'a' || node.tagName === 'link') && node.properties['href'] !== undefined)) {
        const href = String(el.properties['href']);
        const target = new URL(href, base);
        if (target.host !== 'site' || target.protocol !== 'http:') continue;
        if (el.tagName === 'link' && el.properties['rel'] && String(el.properties['rel']).includes('canonical')) continue;
        const targetFile = fileFor(siteDir, target.pathname);
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
    expect(broken).toEqual([]);
    const unreachable = allHtmlFiles(siteDir).filter((file) => !seen.has(file) && file !== '404.html');
    expect(unreachable).toEqual([]);
  });
});
