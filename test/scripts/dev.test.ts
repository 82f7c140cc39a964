// `npm run dev` on a scratch copy of the project: an edit of an entity page's prose shows on the served page, and an
// article added while it runs gets its scaffolded pages (kb, run by the dev script), which the server then serves.
// Pages are polled until they change (a liveness wait with a generous bound), never timed.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';
import { freePort } from '../helpers/free-port.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

const project = scratchProject({ withContent: true });
let server: ChildProcess | undefined;
let output = '';
afterAll(() => {
  server?.kill('SIGTERM');
  project.remove();
});

/** Asks `url` every half second until `ready` holds for the answer (at most `seconds`); returns the last body. */
async function until(url: string, ready: (status: number, body: string) => boolean, seconds = 90): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
    last = await fetch(url).then(async (response) => ({ status: response.status, body: await response.text() }), () => ({ status: 0, body: '' }));
    if (ready(last.status, last.body)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last;
}

function entityPages(): Set<string> {
  const pages = new Set<string>();
  for (const folder of ['parties', 'places', 'dates', 'issues']) {
    for (const name of readdirSync(join(project.root, 'content', folder))) pages.add(`${folder}/${name.replace(/\.mdx$/, '')}`);
  }
  return pages;
}

const ARTICLE = [
  'Korvath dockworkers reject the port authority offer in Selmar',
  'source: Example Wire',
  'published: 2024-09-02',
  '',
  'The Korvath Dockworkers Union rejected a new pay offer from the Selmar Port Authority on Monday.',
  '',
  'Harbour Minister Adela Strenholm said the talks would resume in Selmar next week.',
].join('\n');

/** Stands for the Pagefind bundle of an earlier build, which the dev server serves as it is. */
const PAGEFIND_BUNDLE = 'export const search = () => ({ results: [] });\n';

describe('npm run dev', () => {
  it('shows an edit of a page and serves the pages kb scaffolds for a new article', async () => {
    project.write('dist/pagefind/pagefind.js', PAGEFIND_BUNDLE);
    const port = await freePort();
    server = spawn(process.execPath, ['scripts/dev.ts'], { cwd: project.root, env: buildEnv({ DOSSIER_PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;

    const page = `${base}/parties/hamas/`;
    const first = await until(page, (status) => status === 200, 120);
    expect(first.status, output).toBe(200);
    const sentence = 'An editor wrote this line while the dev server ran.';
    expect(first.body).not.toContain(sentence);
    // The dev client that reloads the page is on it, and no Content-Security-Policy of the built site blocks it.
    expect(first.body).toContain('/@vite/client');
    expect(first.body).not.toMatch(/http-equiv="content-security-policy"/i);
    // Search answers from the last build's index.
    expect(await (await fetch(`${base}/pagefind/pagefind.js`)).text()).toBe(PAGEFIND_BUNDLE);

    appendFileSync(join(project.root, 'content/parties/hamas.mdx'), `\n${sentence}\n`);
    expect((await until(page, (_, body) => body.includes(sentence))).body, output).toContain(sentence);

    const before = entityPages();
    const runs = () => output.split('kb done').length;
    const runsBefore = runs();
    project.write('inbox/korvath.txt', ARTICLE);
    expect(project.run('scripts/ingest.ts', ['inbox/korvath.txt']).status).toBe(0);
    // kb, started by the dev script, writes the new article's pages (waited for until its run ends); each is then served.
    for (const end = Date.now() + 90_000; runs() === runsBefore && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 500));
    const added = [...entityPages()].filter((key) => !before.has(key));
    expect(added).toContain('parties/korvath-dockworkers-union');
    for (const key of added) {
      const answer = await until(`${base}/${key}/`, (status) => status === 200);
      expect(answer.status, `${key}\n${output}`).toBe(200);
    }
    expect(output).toMatch(/running kb/);
  }, 300_000);
});
