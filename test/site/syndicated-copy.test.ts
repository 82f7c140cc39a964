// A saved web page and a syndicated copy of it built into the site: the byline is shown, the copy's page
// links its original, and the names the text mentions are counted once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { scratchProject, type ScratchProject } from '../helpers/scratch-project.ts';
import { EXPECTED, PAGES } from '../helpers/ingest-pages.ts';

const ORIGINAL = '2022-09-30-northmere-library-to-open-late-on-weekdays';
const COPY = '2022-09-30-northmere-library-to-open-late-on-weekdays-hollowmere-echo';

let project: ScratchProject;
let siteDir: string;

beforeAll(() => {
  project = scratchProject();
  project.write('library.html', readFileSync(join(PAGES, 'amp.html')));
  const wire = EXPECTED['amp']!.paragraphs.join('\n\n');
  project.write('copy.txt', `Northmere library to open late on weekdays\nsource: Hollowmere Echo\npublished: 2022-09-30\n\n${wire}\n`);
  const ingest = project.run('scripts/ingest.ts', ['library.html', 'copy.txt']);
  expect(ingest.status, ingest.stderr).toBe(0);
  expect(ingest.stdout).toContain(`created content/articles/${COPY}.md (5 paragraphs, a syndicated copy of ${ORIGINAL})`);
  const build = project.run('scripts/build.ts');
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  siteDir = join(project.root, 'dist');
}, 300_000);
afterAll(() => project?.remove());

function mainText(slug: string) {
  const tree = readHtml(siteDir, fileFor(siteDir, `/articles/${slug}/`)!);
  return { tree, text: textOf(elements(tree, (el) => el.tagName === 'main')[0]!) };
}

describe('a syndicated copy in the built site', () => {
  it('shows the byline the page gave', () => {
    expect(mainText(ORIGINAL).text).toContain('Northmere Gazette · by Clem Orsay');
  });

  it("links its original from the copy's page", () => {
    const { tree, text } = mainText(COPY);
    expect(text).toContain('Syndicated copy. This is the same text as Northmere library to open late on weekdays (Northmere Gazette)');
    const links = elements(tree, (el) => el.tagName === 'a' && String(el.properties['href']).endsWith(`/articles/${ORIGINAL}/`));
    expect(links.length).toBeGreaterThan(0);
  });

  it("counts the copy's mentions nowhere in kb.json, and marks it", () => {
    const kb = readKb(siteDir);
    expect(kb.articles.find((article) => article.slug === COPY)?.copyOf).toBe(ORIGINAL);
    const mentioned = new Set(kb.entities.flatMap((entity) => entity.mentions.map((mention) => mention.article)));
    expect(mentioned.has(ORIGINAL)).toBe(true);
    expect(mentioned.has(COPY)).toBe(false);
  });
});
