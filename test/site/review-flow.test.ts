// The review loop on a small invented story, driven by flags as a script would: `kb -- --json` reports the new pages
// with their doubts on stdout alone; `review -- --reject` and `--merge` fix two of them; `kb --check` passes, the
// site builds, the merged page's old URL redirects, the rejected name never comes back, and /review/ lists the page
// still in doubt with its evidence while staying out of the sitemap and the search index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

/** An invented strike story (test/fixtures/review): a union named twice, a percentage taken for an issue, a misspelt minister. */
const ARTICLE = readFileSync(join(process.cwd(), 'test', 'fixtures', 'review', 'kordo-strike.txt'), 'utf8');

const project = scratchProject();
afterAll(() => project.remove());

interface Created { file: string; type: string; name: string; aliases: string[]; doubts: string[]; notes: string[] }

describe('reviewing new pages by flags', () => {
  it('kb --json, review --reject and --merge, then check, build, redirect, /review/, and no return of the rejected name', () => {
    project.write('article.txt', ARTICLE);
    expect(project.run('scripts/ingest.ts', ['article.txt']).status).toBe(0);

    const kb = project.run('scripts/kb.ts', ['--json']);
    expect(kb.status, kb.stderr).toBe(0);
    const report = JSON.parse(kb.stdout) as { created: Created[]; missing: unknown[]; homonyms: unknown[] };
    expect(Object.keys(report).sort()).toEqual(['created', 'homonyms', 'missing']);
    expect(kb.stderr).toContain('kb: ');
    const byName = new Map(report.created.map((page) => [page.name, page]));
    // The exact words are extraction's business; the review only needs the one phrase holding "15 percent".
    const percent = report.created.find((page) => /15 percent/.test(page.name))!;
    expect(percent.doubts).toContain('percentage');
    expect(byName.get('Kordo Union of Teachers')?.doubts).toContain('near-duplicate');
    expect(byName.get('Tarsik Halvorson')?.doubts).toContain('near-duplicate');
    expect(byName.get('Ada Okonkwo')?.doubts).toEqual([]);
    // Doubtful pages first.
    const firstClear = report.created.findIndex((page) => page.doubts.length === 0);
    expect(report.created.slice(firstClear).every((page) => page.doubts.length === 0)).toBe(true);
    for (const page of report.created) expect(existsSync(join(project.root, page.file)), page.file).toBe(true);

    const list = project.run('scripts/review.ts', ['--list']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/content\/parties\/kordo-union-of-teachers\.mdx\s+party\s+near-duplicate/);

    const reject = project.run('scripts/review.ts', ['--reject', percent.name]);
    expect(reject.status, reject.stdout + reject.stderr).toBe(0);
    const merge = project.run('scripts/review.ts', ['--merge', 'Kordo Union of Teachers', 'Kordo National Union of Teachers']);
    expect(merge.status, merge.stdout + merge.stderr).toBe(0);
    expect(merge.stderr).toContain('kb --check: every entity has a page.');

    expect(readFileSync(join(project.root, 'content/ignore.yml'), 'utf8').split('\n')).toContain(`- ${percent.name}`);
    expect(existsSync(join(project.root, percent.file))).toBe(false);
    expect(existsSync(join(project.root, 'content/parties/kordo-union-of-teachers.mdx'))).toBe(false);
    const stays = readFileSync(join(project.root, 'content/parties/kordo-national-union-of-teachers.mdx'), 'utf8');
    expect(stays).toMatch(/aliases:\n(\s+- .+\n)*\s+- Kordo Union of Teachers\n/);
    expect(stays).toMatch(/replaces:\n\s+- kordo-union-of-teachers\n/);

    // A person's page is not removed on a flag alone.
    project.write('content/parties/ada-okonkwo.mdx', `${readFileSync(join(project.root, 'content/parties/ada-okonkwo.mdx'), 'utf8')}\nA sentence an editor wrote.\n`);
    const refused = project.run('scripts/review.ts', ['--reject', 'Ada Okonkwo']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('has been edited by a person');
    expect(existsSync(join(project.root, 'content/parties/ada-okonkwo.mdx'))).toBe(true);

    const check = project.run('scripts/kb.ts', ['--check']);
    expect(check.status, check.stderr).toBe(0);
    const again = project.run('scripts/kb.ts');
    expect(again.stdout).toContain('kb: 0 pages created.');
    expect(existsSync(join(project.root, percent.file))).toBe(false);

    const build = project.run('scripts/build.ts');
    expect(build.status, build.stderr).toBe(0);
    const siteDir = join(project.root, 'dist');

    const old = readHtml(siteDir, fileFor(siteDir, '/parties/kordo-union-of-teachers/')!);
    const refresh = elements(old, (el) => el.tagName === 'meta' && String(el.properties['httpEquiv']).toLowerCase() === 'refresh');
    expect(String(refresh[0]?.properties['content'])).toMatch(/url=\/parties\/kordo-national-union-of-teachers\/$/);

    const kbJson = readKb(siteDir);
    expect(kbJson.entities.some((entity) => /15 percent/i.test(entity.name))).toBe(false);
    expect(kbJson.entities.some((entity) => entity.slug === 'kordo-national-union-of-teachers')).toBe(true);

    const review = readHtml(siteDir, fileFor(siteDir, '/review/')!);
    const robots = elements(review, (el) => el.tagName === 'meta' && el.properties['name'] === 'robots');
    expect(robots[0]?.properties['content']).toBe('noindex');
    const main = textOf(elements(review, (el) => el.tagName === 'main')[0]!);
    expect(main).toContain('Tarsik Halvorson');
    expect(main).toContain('Education Minister Tarsik Halvorson did not reply to questions.');
    expect(main).not.toContain('Kordo Union of Teachers shares');
    expect(elements(review, (el) => el.properties['dataPagefindBody'] !== undefined)).toEqual([]);
    expect(readFileSync(join(siteDir, 'sitemap.xml'), 'utf8')).not.toContain('/review/');
    // Pagefind's fragments (gzipped JSON, one per indexed page) name the entity pages, never /review/.
    const indexed = readdirSync(join(siteDir, 'pagefind', 'fragment')).map((name) => gunzipSync(readFileSync(join(siteDir, 'pagefind', 'fragment', name))).toString('utf8'));
    expect(indexed.some((fragment) => fragment.includes('"url":"/parties/tarsik-halvorson/"'))).toBe(true);
    expect(indexed.filter((fragment) => fragment.includes('"url":"/review/"'))).toEqual([]);
  });
});
