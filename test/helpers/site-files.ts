// Reading the built site in tests: HTML files as hast trees, every link and id, and kb.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { KbJson } from '../../src/kb/graph/kb-json.ts';

export function readHtml(siteDir: string, path: string): Root {
  return fromHtml(readFileSync(join(siteDir, path), 'utf8'));
}

/** The file a site path is served from ("/parties/" → parties/index.html), or undefined. */
export function fileFor(siteDir: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split('#')[0]!.split('?')[0]!).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  for (const candidate of candidates) {
    const full = join(siteDir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

export function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

export function textOf(node: Element | Root): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => {
    text += child.value;
  });
  return text;
}

export function allHtmlFiles(siteDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) out.push(relative(siteDir, full));
    }
  };
  walk(siteDir);
  return out.sort();
}

export function readKb(siteDir: string): KbJson {
  return JSON.parse(readFileSync(join(siteDir, 'kb.json'), 'utf8')) as KbJson;
}
