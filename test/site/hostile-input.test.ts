// Bad input never breaks the site and never runs: a hostile article builds into a page that shows its
// text literally, and content errors stop the build with the file named while dist/ stays as it was.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, fileFor, readHtml, textOf } from '../helpers/site-files.ts';
import { scratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

const HOSTILE = [
  'Talks collapse in Vienna after <script>alert("x7")</script> row',
  'source: Example Wire',
  'published: 2024-05-02',
  '',
  'Negotiators from Austria met on Monday. <script>alert("x7")</script> was posted by a delegate.',
  '',
  'A banner read <img src=x onerror="alert(7)"> and {curly} braces, then </p> and [a link](javascript:alert(1)).',
  '',
  '<iframe src="https://example.org"></iframe> import x from "y"; export const z = 1; {props.evil}',
].join('\n');

let project: ScratchProject;
let siteDir: string;

beforeAll(() => {
  project = scratchProject();
  project.write('hostile.txt', HOSTILE);
  const ingest = project.run('scripts/ingest.ts', ['hostile.txt']);
  expect(ingest.status, ingest.stderr).toBe(0);
  const build = project.run('scripts/build.ts');
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  siteDir = join(project.root, 'dist');
});
afterAll(() => project?.remove());

describe('a hostile article', () => {
  it('builds into a page that shows its text literally and holds none of its markup', () => {
    const articles = readFileSync(join(siteDir, 'kb.json'), 'utf8');
    const slug = (JSON.parse(articles) as { articles: { slug: string }[] }).articles[0]!.slug;
    const path = fileFor(siteDir, `/articles/${slug}/`)!;
    const html = readFileSync(join(siteDir, path), 'utf8');
    const tree = readHtml(siteDir, path);
    const text = textOf(elements(tree, (el) => el.tagName === 'main')[0]!);
    expect(text).toContain('<script>alert("x7")</script> was posted by a delegate.');
    expect(text).toContain('<img src=x onerror="alert(7)"> and {curly} braces, then </p>');
    expect(text).toContain('{props.evil}');
    expect(elements(tree, (el) => el.tagName === 'img' || el.tagName === 'iframe')).toEqual([]);
    for (const script of elements(tree, (el) => el.tagName === 'script')) {
      // JSON-LD data blocks carry the headline as data: no "<" that could end the block, and valid JSON.
      if (script.properties['type'] === 'application/ld+json') {
        expect(textOf(script)).not.toContain('<');
        expect(() => JSON.parse(textOf(script))).not.toThrow();
      } else expect(textOf(script)).not.toContain('alert');
    }
    expect(elements(tree, (el) => Object.keys(el.properties).some((name) => /^on/i.test(name)))).toEqual([]);
    expect(elements(tree, (el) => el.tagName === 'a' && /^javascript:/i.test(String(el.properties['href'])))).toEqual([]);
    expect(html).not.toMatch(/<script>alert/);
    const title = textOf(elements(tree, (el) => el.tagName === 'title')[0]!);
    expect(title).toContain('<script>alert("x7")</script>');
  });

  it('keeps the CSP meta tag on the page', () => {
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval'/);
    expect(html).toMatch(/object-src 'none'/);
  });
});

describe('content errors', () => {
  const breakAndBuild = (file: string, content: string) => {
    project.write('dist/marker.txt', 'the published site');
    project.write(file, content);
    const build = project.run('scripts/build.ts');
    return { build, output: `${build.stdout}\n${build.stderr}` };
  };

  it('an impossible published date stops the build, naming file, line and field; dist/ is untouched', () => {
    const { build, output } = breakAndBuild(
      'content/articles/2024-01-01-broken.md',
      '---\ntitle: "Broken"\npublished: 2024-13-45\n---\n\nText.\n',
    );
    expect(build.status).toBe(1);
    expect(output).toContain('content/articles/2024-01-01-broken.md:3 field `published`: must be a real calendar day written YYYY-MM-DD');
    expect(readFileSync(join(siteDir, 'marker.txt'), 'utf8')).toBe('the published site');
    project.write('content/articles/2024-01-01-broken.md', '---\ntitle: "Broken"\npublished: 2024-01-01\n---\n\nText.\n');
  });

  it('an unknown kind stops the build, naming the file; every error is listed at once', () => {
    const { build, output } = breakAndBuild(
      'content/parties/banana-republic.mdx',
      '---\nname: Banana Republic\nkind: banana\nwikidata: nope\n---\n\nText.\n',
    );
    expect(build.status).toBe(1);
    expect(output).toContain('content/parties/banana-republic.mdx:3 field `kind`: must be one of state, organisation, person, group, media, other');
    expect(output).toContain('content/parties/banana-republic.mdx:4 field `wikidata`: must be a Wikidata item id such as Q38');
    expect(output).toContain('The site was not built');
    expect(existsSync(join(siteDir, 'marker.txt'))).toBe(true);
  });
});
