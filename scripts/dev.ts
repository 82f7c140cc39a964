// `npm run dev`: the site served by `astro dev` on http://127.0.0.1:4321/ (DOSSIER_PORT for another port), kept up to
// date while content/ changes. Astro renders each page when it is asked for and reloads the open browser when a
// file changes (the content loader updates the one entry that changed; src/lib/knowledge.ts recomputes the graph
// when the content differs); this script runs `kb` when articles, the ignore list or the word lists change, so a new
// article's parties, places, dates and issues get their pages. Search answers from the index of the last
// `npm run build` (dist/pagefind/), served beside the dev pages. Stops with Ctrl-C or with the npm that started it.
// The graph is kept while the content stays the same: a change to the engine's code (src/kb/) needs a restart.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dev } from 'astro';
import type { Plugin } from 'vite';
import { exitWithParent } from './exit-with-parent.ts';
import { freshContentData } from './fresh-content-data.ts';
import { siteHandler } from './site-server.ts';

const root = process.cwd();
const port = Number(process.env['DOSSIER_PORT'] || 4321);
const base = process.env['DOSSIER_BASE'] || '/';
const content = join(root, 'content');

function log(line: string): void {
  console.log(`${new Date().toLocaleTimeString('en-GB')} [dossier] ${line}`);
}

/** Runs `kb` in its own process and resolves when it ends; shows the pages it created, its summary and its errors. */
function runKb(reason: string): Promise<void> {
  log(`${reason}: running kb`);
  const started = performance.now();
  return new Promise((done) => {
    const kb = spawn(process.execPath, [join(root, 'scripts/kb.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    kb.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    kb.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    kb.on('exit', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code !== 0) {
        console.error(stderr.trim());
        log(`kb stopped after ${seconds} s: fix the file it names and save it again`);
      } else {
        for (const line of stdout.split('\n')) if (/^(created |kb: )/.test(line)) log(line);
        const unlinked = stderr.split('\n').filter((line) => line.startsWith('warning:')).length;
        if (unlinked > 0) log(`${unlinked} names left unlinked (npm run kb shows them)`);
        log(`kb done in ${seconds} s`);
      }
      done();
    });
  });
}

/** kb once at a time: changes that arrive while it runs are served by one more run after it. */
function kbQueue(): (reason: string) => void {
  let running: Promise<void> | undefined;
  let pending: string | undefined;
  const next = (reason: string): void => {
    running = runKb(reason).then(() => {
      running = undefined;
      const again = pending;
      pending = undefined;
      if (again !== undefined) next(again);
    });
  };
  return (reason) => {
    if (running) pending = reason;
    else next(reason);
  };
}

/** Whether a change under content/ can add or remove an entity page: an article, the ignore list, the word lists. */
function needsKb(file: string, event: string): boolean {
  if (file.startsWith(`articles${sep}`) || file === 'ignore.yml' || file === 'lexicon.yml') return true;
  // A page added or deleted changes the names kb matches; an edit of a page's prose or fields is Astro's alone.
  return (event === 'add' || event === 'unlink') && file.endsWith('.mdx') && !file.startsWith(`stories${sep}`);
}

/** /pagefind/… from the last build's dist/ (the dev server has no index of its own), through the build-safe server. */
function lastBuildSearch(): Plugin {
  const serve = siteHandler(join(root, 'dist'));
  const prefix = `${base.replace(/\/?$/, '/')}pagefind/`;
  return {
    name: 'dossier-last-build-search',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(prefix)) return next();
        request.url = request.url.slice(base.replace(/\/?$/, '').length);
        serve(request, response);
      });
    },
  };
}

await runKb('starting');
const server = await dev({
  root,
  server: { port, host: '127.0.0.1' },
  vite: {
    // Vite's pre-bundled dependencies stay in this project's cache, not in a node_modules another checkout shares.
    cacheDir: join(root, '.cache', 'vite'),
    // Each request renders from the content store as last written (scripts/fresh-content-data.ts says why).
    plugins: [lastBuildSearch(), freshContentData(root)],
    // Builds and caches are no source: thousands of files the watcher need not follow.
    server: { watch: { ignored: ['**/dist/**', '**/dist.next/**', '**/dist.old/**', '**/.cache/**'] } },
  },
});
const kb = kbQueue();
let timer: NodeJS.Timeout | undefined;
const changed = new Set<string>();
server.watcher.on('all', (event, path) => {
  const file = relative(content, path);
  if (file.startsWith('..') || !['add', 'change', 'unlink'].includes(event)) return;
  log(`${event === 'unlink' ? 'deleted' : event === 'add' ? 'added' : 'changed'} content/${file}`);
  if (!needsKb(file, event)) return;
  // Saves that come together (a folder copied in, an editor's write and rename) make one kb run.
  changed.add(`content/${file}`);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const files = [...changed];
    changed.clear();
    kb(files.length === 1 ? files[0]! : `${files.length} files changed`);
  }, 300);
});
log(`dev server on http://127.0.0.1:${server.address.port}${base}`);
log(existsSync(join(root, 'dist', 'pagefind')) ? 'search: the index of the last npm run build (pages new since are not found)' : 'search: no index yet (dist/pagefind/): run npm run build once for search');
exitWithParent(() => void server.stop());
