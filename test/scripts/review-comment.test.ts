// `npm run review -- --comment` on a fresh clone of HEAD, as the pull-request workflow runs it: a branch adds an
// article and the pages `npm run kb -- --json` made for it (its standard output one JSON object); the comment lists
// exactly those pages, doubtful first, and links the site.
import { spawnSync } from 'node:child_process';
import { cloneProject, type Clone } from '../helpers/git-clone.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';

const root = process.cwd();
const fixture = join(root, 'test', 'scripts', 'fixtures', 'antwerp-port-strike.txt');
let clone: string;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: clone, encoding: 'utf8', env: buildEnv({ GITHUB_REPOSITORY: 'example/dossier', GITHUB_HEAD_REF: 'antwerp' }) });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

let project: Clone | undefined;
beforeAll(() => {
  project = cloneProject('comment');
  clone = project.root;
});

afterAll(() => project?.remove());

describe('the pull-request comment on a clone', () => {
  it('lists the pages the branch adds, with their doubts, and none of the base', () => {
    const start = run('git', ['rev-parse', 'HEAD']).trim();
    run('git', ['checkout', '--quiet', '-b', 'antwerp']);
    run(process.execPath, ['scripts/ingest.ts', fixture]);
    // Through npm, as an editor or a script runs it: standard output is the one JSON object and nothing else.
    const created = JSON.parse(run('npm', ['run', 'kb', '--', '--json'])) as { created: { file: string; doubts: string[] }[] };
    expect(created.created.length).toBeGreaterThan(0);
    run('git', ['add', 'content']);
    run('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '--quiet', '-m', 'Antwerp strike']);

    const comment = run(process.execPath, ['scripts/review.ts', '--comment', '--base', start, '--preview', 'https://example.org/artifact/1']);
    const rows = comment.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| page'));
    const files = rows.map((row) => /`(content\/[^`]+\.mdx)`/.exec(row)?.[1]);
    // Exactly the pages kb created on the branch, in the order kb reported them (doubtful first).
    expect([...files].sort()).toEqual(created.created.map((page) => page.file).sort());
    const doubtful = created.created.filter((page) => page.doubts.length > 0).length;
    expect(rows.slice(0, doubtful).every((row) => row.includes('**'))).toBe(true);
    expect(rows.slice(doubtful).every((row) => !row.includes('**'))).toBe(true);
    expect(comment).toContain('(https://github.com/example/dossier/edit/antwerp/content/parties/elise-vandermeer.mdx)');
    expect(comment).toContain('[site-preview](https://example.org/artifact/1)');
  });
});
