// Merging two entities by editing content files alone: the surviving page takes the other's names and
// lists it under `replaces`; the old URL then answers with a redirect, its mentions follow, and no link
// anywhere breaks.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

const ARTICLE = [
  'Envoys meet the Islamic Resistance Movement in Doha',
  'source: Example Wire',
  'published: 2024-03-04',
  '',
  'Envoys from Egypt met leaders of the Islamic Resistance Movement in Doha on Sunday.',
  '',
  'Hamas said after the meeting that it would study the proposal.',
].join('\n');

const project = scratchProject();
afterAll(() => project.remove());

describe('merging two pages by content edits', () => {
  it('redirects the old URL to the surviving page, which gains the mentions; a hand edit survives kb and shows; a retraction is marked', () => {
    project.write('article.txt', ARTICLE);
    expect(project.run('scripts/ingest.ts', ['article.txt']).status).toBe(0);
    expect(project.run('scripts/kb.ts').status).toBe(0);
    const parties = readdirSync(join(project.root, 'content/parties'));
    expect(parties).toContain('hamas.mdx');
    expect(parties).toContain('islamic-resistance-movement.mdx');

    // The editor's merge: the other page's name becomes an alias here, and its file name goes to `replaces`.
    const hamas = readFileSync(join(project.root, 'content/parties/hamas.mdx'), 'utf8');
    project.write(
      'content/parties/hamas.mdx',
      hamas.replace(/^aliases:.*$/m, 'aliases:\n  - Islamic Resistance Movement\nreplaces:\n  - islamic-resistance-movement'),
    );
    rmSync(join(project.root, 'content/parties/islamic-resistance-movement.mdx'));
    // And a sentence of the editor's own, which no script may touch.
    const edited = `${readFileSync(join(project.root, 'content/parties/hamas.mdx'), 'utf8')}\nAn editor added this sentence by hand.\n`;
    project.write('content/parties/hamas.mdx', edited);
    expect(project.run('scripts/kb.ts').status).toBe(0);
    expect(readFileSync(join(project.root, 'content/parties/hamas.mdx'), 'utf8')).toBe(edited);
    // And the article is retracted: kept, with a notice, its mentions marked rather than dropped.
    const articleFile = join(project.root, 'content/articles', readdirSync(join(project.root, 'content/articles'))[0]!);
    project.write(articleFile.slice(project.root.length + 1), readFileSync(articleFile, 'utf8').replace(/^---\n/, '---\nretracted: true\n'));

    const check = project.run('scripts/kb.ts', ['--check']);
    expect(check.status, check.stderr).toBe(0);
    const build = project.run('scripts/build.ts');
    expect(build.status, build.stderr).toBe(0);
    const siteDir = join(project.root, 'dist');

    const old = readHtml(siteDir, fileFor(siteDir, '/parties/islamic-resistance-movement/')!);
    const refresh = elements(old, (el) => el.tagName === 'meta' && String(el.properties['httpEquiv']).toLowerCase() === 'refresh');
    expect(String(refresh[0]?.properties['content'])).toMatch(/url=\/parties\/hamas\/$/);
    expect(elements(old, (el) => el.tagName === 'a' && el.properties['href'] === '/parties/hamas/').length).toBe(1);

    const page = readHtml(siteDir, fileFor(siteDir, '/parties/hamas/')!);
    expect(elements(page, (el) => el.tagName === 'p').some((p) => JSON.stringify(p).includes('An editor added this sentence by hand.'))).toBe(true);
    expect(textOf(elements(page, (el) => el.tagName === 'main')[0]!)).toContain('(retracted)');
    const articlePage = readHtml(siteDir, fileFor(siteDir, readKb(siteDir).articles[0]!.url)!);
    expect(textOf(elements(articlePage, (el) => el.tagName === 'main')[0]!)).toContain('This article has been retracted');

    const kb = readKb(siteDir);
    const merged = kb.entities.find((entity) => entity.slug === 'hamas' && entity.type === 'party')!;
    expect(merged.mentions.map((mention) => mention.paragraph).sort()).toEqual(expect.arrayContaining([0, 1, 2]));
    expect(kb.entities.some((entity) => entity.slug === 'islamic-resistance-movement')).toBe(false);

    // No page links to the old URL any more, and the new page stands.
    for (const file of ['index.html', 'parties/index.html', fileFor(siteDir, kb.articles[0]!.url)!]) {
      const tree = readHtml(siteDir, file);
      for (const link of elements(tree, (el) => el.tagName === 'a')) {
        const href = String(link.properties['href']);
        if (href.startsWith('/')) expect(fileFor(siteDir, href), `${file} → ${href}`).toBeTypeOf('string');
      }
    }
  });
});
