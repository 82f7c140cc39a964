// The editor's loop end to end on a temporary clone of the repository's HEAD: the committed content is complete, a
// new article makes `kb --check` fail and `kb` scaffold its pages once, hand edits survive, and the inbox works.
import { spawnSync } from 'node:child_process';
import { cloneProject, type Clone } from '../helpers/git-clone.ts';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';

const root = process.cwd();
const fixture = join(root, 'test', 'scripts', 'fixtures', 'antwerp-port-strike.txt');
const newSlug = '2025-03-14-antwerp-port-strike-talks-break-up-without-a-deal-as-unions';
const newArticle = `content/articles/${newSlug}.md`;

let clone: string;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: clone, encoding: 'utf8', env: buildEnv({ CI: 'true' }) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** A project script run as a person runs it (`npm run x` is `node scripts/x.ts`), on this Node, in the clone. */
function script(name: string, ...args: string[]) {
  return run(process.execPath, [`scripts/${name}.ts`, ...args]);
}

function git(...args: string[]) {
  const result = run('git', args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in the clone:\n${result.output}`);
  return result.stdout;
}

/** Every file of the clone but .git, node_modules and the git-ignored cache, with its content. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(clone, path);
      if (rel === '.git' || rel === 'node_modules' || rel === '.cache') continue;
      if (entry.isDirectory()) walk(path);
      else files.set(rel, readFileSync(path, 'latin1'));
    }
  };
  walk(clone);
  return files;
}

/** The files `kb --check` names as missing, from its report. */
function missingPages(output: string): string[] {
  return [...output.matchAll(/^\s+(content\/\S+\.mdx)\s+\(named in /gm)].map((match) => match[1]!).sort();
}

function newFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((file) => !before.has(file)).sort();
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((file) => after.has(file) && after.get(file) !== before.get(file)).sort();
}

let project: Clone | undefined;
beforeAll(() => {
  project = cloneProject('loop');
  clone = project.root;
});

afterAll(() => project?.remove());

describe('the editor loop, on a fresh clone of HEAD', () => {
  it('on the committed content, `kb --check` passes and `kb` changes nothing', () => {
    const check = script('kb', '--check');
    expect(check.status, `kb --check fails on the committed content: commit the pages it lists.\n${check.output}`).toBe(0);
    expect(check.stdout).toContain('kb --check: every entity has a page.');

    const kb = script('kb');
    expect(kb.status, kb.output).toBe(0);
    expect(kb.stdout).toContain('kb: 0 pages created.');
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a new article about another negotiation: `kb --check` fails naming its pages, `kb` creates exactly those, a second `kb` changes nothing', () => {
    const ingest = script('ingest', fixture);
    expect(ingest.status, ingest.output).toBe(0);
    expect(ingest.stdout).toContain(`created ${newArticle} (6 paragraphs)`);

    const check = script('kb', '--check');
    expect(check.status, check.output).toBe(1);
    expect(check.stderr).toContain('Run `npm run kb` to create them, review them, and commit them.');
    const missing = missingPages(check.stderr);
    // The people, the union, the cities and the weekday dates of the new story.
    expect(missing).toEqual(
      expect.arrayContaining([
        'content/parties/elise-vandermeer.mdx',
        'content/parties/marc-dewolf.mdx',
        'content/parties/katrien-peeters.mdx',
        'content/parties/belgian-transport-workers-union.mdx',
        'content/places/brussels.mdx',
        'content/places/antwerp.mdx',
        'content/dates/2025-03-14.mdx',
        'content/dates/2025-03-12.mdx',
      ]),
    );
    // Every page reported is one the new article names (the committed pages are complete).
    const lines = check.stderr.split('\n').filter((line) => /^\s+content\//.test(line));
    expect(lines.filter((line) => !line.includes(`(named in ${newSlug})`))).toEqual([]);

    const before = snapshot();
    const kb = script('kb');
    expect(kb.status, kb.output).toBe(0);
    const afterFirst = snapshot();
    expect(newFiles(before, afterFirst)).toEqual(missing);
    expect(changedFiles(before, afterFirst)).toEqual([]);
    expect(afterFirst.get('content/parties/elise-vandermeer.mdx')).toMatch(/^---\nname: Elise Vandermeer\n/);

    const second = script('kb');
    expect(second.status, second.output).toBe(0);
    expect(second.stdout).toContain('kb: 0 pages created.');
    expect(snapshot()).toEqual(afterFirst);
    expect(script('kb', '--check').status).toBe(0);
  });

  it('a sentence a person adds to the Hamas page survives `kb` byte for byte', () => {
    const page = join(clone, 'content', 'parties', 'hamas.mdx');
    expect(existsSync(page), 'content/parties/hamas.mdx is not committed: run `npm run kb` and commit content/.').toBe(true);
    const edited = `${readFileSync(page, 'utf8').trimEnd()}\n\nAn editor's sentence: Hamas's political bureau is based in Doha.\n`;
    writeFileSync(page, edited);
    const before = snapshot();

    const kb = script('kb');
    expect(kb.status, kb.output).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe(edited);
    expect(snapshot()).toEqual(before);
  });

  it('`npm run inbox` ingests a plain-text file left in inbox/, scaffolds its pages, keeps the file, and is a no-op the second time, even after the article is corrected', () => {
    git('reset', '--quiet', '--hard', 'HEAD');
    git('clean', '--quiet', '-fd');
    mkdirSync(join(clone, 'inbox'), { recursive: true });
    copyFileSync(fixture, join(clone, 'inbox', 'antwerp-port-strike.txt'));
    const original = readFileSync(join(clone, 'inbox', 'antwerp-port-strike.txt'), 'utf8');

    const first = script('inbox');
    expect(first.status, first.output).toBe(0);
    expect(first.stdout).toContain(`ingested inbox/antwerp-port-strike.txt → ${newArticle}`);
    expect(first.stdout).toContain('created content/parties/elise-vandermeer.mdx');
    expect(script('kb', '--check').status).toBe(0);
    expect(readFileSync(join(clone, 'inbox', 'antwerp-port-strike.txt'), 'utf8')).toBe(original);

    // An editor corrects a word of the ingested article; the inbox original no longer matches it.
    const articlePath = join(clone, newArticle);
    const corrected = readFileSync(articlePath, 'utf8').replace('nine days', 'ten days');
    expect(corrected).not.toBe(readFileSync(articlePath, 'utf8'));
    writeFileSync(articlePath, corrected);
    const before = snapshot();

    const second = script('inbox');
    expect(second.status, second.output).toBe(0);
    expect(second.stdout).toContain(`already ingested: inbox/antwerp-port-strike.txt → ${newArticle}`);
    expect(second.stdout).toContain('inbox: 0 pages created.');
    expect(snapshot()).toEqual(before);
  });
});
