// The pages the accessibility and HTML checks cover: home, each type index, one page of each type (the
// most mentioned, found through kb.json), an article, /timeline/, /search/, /map/, /graph/ and the 404 page.
import type { KbJson } from '../../src/kb/graph/kb-json.ts';

export function samplePages(kb: KbJson): string[] {
  const paths = ['/', '/articles/', '/parties/', '/places/', '/dates/', '/issues/', '/timeline/', '/search/', '/map/', '/graph/', '/404.html'];
  for (const type of ['party', 'place', 'date', 'issue']) {
    const top = kb.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (top) paths.push(top.url);
  }
  paths.push(kb.articles[0]!.url);
  return paths;
}
