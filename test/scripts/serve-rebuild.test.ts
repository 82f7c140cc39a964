// `npm run serve` while `npm run build` rebuilds the site it serves: pages asked for in a tight loop all through the
// build and its swap each come back whole, as one of the two builds wrote it; no page of both builds is ever missing;
// and once the build is done the changed page and the new one are served without restarting the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';
import { freePort } from '../helpers/free-port.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

const project = scratchProject({ withContent: true });
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  project.remove();
});

/** Every HTML page of a built site, by its URL path ("/parties/hamas/"), with its text. */
function htmlPages(siteDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.set(`/${relative(siteDir, dir)}/`.replace('//', '/'), readFileSync(path, 'utf8'));
    }
  };
  walk(siteDir);
  return pages;
}

interface Answer {
  url: string;
  status: number;
  body: string;
}

describe('serving while rebuilding', () => {
  it('never answers with a truncated page or a 404 for a page of both builds, and serves the new build without a restart', async () => {
    const first = project.run('scripts/build.ts');
    expect(first.status, first.stderr).toBe(0);
    const siteDir = join(project.root, 'dist');
    const before = htmlPages(siteDir);

    const port = await freePort();
    const server = spawn(process.execPath, ['scripts/serve.ts'], { cwd: project.root, env: buildEnv({ DOSSIER_PORT: String(port) }), stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(server);
    await once(server.stdout!, 'data');
    const base = `http://127.0.0.1:${port}`;

    // The rebuild: an editor's sentence on an existing page, and a page that did not exist.
    const changedUrl = '/parties/hamas/';
    const newUrl = '/places/velmor-harbour/';
    appendFileSync(join(project.root, 'content/parties/hamas.mdx'), '\nAn editor wrote this sentence during the rebuild.\n');
    project.write('content/places/velmor-harbour.mdx', '---\nname: Velmor Harbour\naliases: []\nkind: site\n---\n\nA harbour no article names yet.\n');
    expect(before.has(newUrl)).toBe(false);

    const build = spawn(process.execPath, ['scripts/build.ts'], { cwd: project.root, env: buildEnv(), stdio: 'ignore' });
    children.push(build);
    const built = once(build, 'exit');
    let building = true;
    void built.then(() => (building = false));

    const urls = [...before.keys(), newUrl];
    const answers: Answer[] = [];
    const failures: string[] = [];
    let askedWhileBuilding = 0;
    // Four clients in a tight loop, each walking the pages from its own offset, until the build has ended.
    await Promise.all([0, 1, 2, 3].map(async (client) => {
      for (let i = client * 7; building; i++) {
        const url = urls[i % urls.length]!;
        try {
          const response = await fetch(base + url);
          answers.push({ url, status: response.status, body: await response.text() });
          askedWhileBuilding++;
        } catch (error) {
          failures.push(`${url}: ${(error as Error).message}`);
        }
      }
    }));
    const [code] = await built;
    expect(code).toBe(0);
    const after = htmlPages(siteDir);

    expect(failures).toEqual([]);
    expect(askedWhileBuilding).toBeGreaterThan(urls.length);
    for (const answer of answers) {
      const versions = [before.get(answer.url), after.get(answer.url)].filter((text) => text !== undefined);
      if (before.has(answer.url) && after.has(answer.url)) expect(answer.status, answer.url).toBe(200);
      if (answer.status !== 200) continue;
      // A page ends with </html>; Astro's redirect pages (a merged page's old address) end with </body>.
      expect(answer.body, `${answer.url} is whole`).toMatch(/<\/(html|body)>\s*$/);
      expect(versions, `${answer.url} is as one build wrote it`).toContain(answer.body);
    }

    // After the build: the new page and the changed one, from the same server.
    expect(after.get(changedUrl)).toContain('An editor wrote this sentence during the rebuild.');
    const changed = await fetch(base + changedUrl);
    expect(await changed.text()).toBe(after.get(changedUrl));
    const added = await fetch(base + newUrl);
    expect(added.status).toBe(200);
    expect(await added.text()).toBe(after.get(newUrl));
  }, 180_000);
});
