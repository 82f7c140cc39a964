// How long `npm run dev` takes to show an edit: a scratch project of N generated articles (tools/bench/corpus.ts,
// ingested and scaffolded as an editor would), `npm run dev` started in it, a hub party's page open in Chromium;
// then, several times each, a sentence appended to the page's prose and an alias added to its fields, and the time
// from the save until the open page shows it (the dev server's reload of the browser included). A measurement,
// not a test:
//   npx node tools/dev-latency.ts [--articles 1000] [--edits 5] [--project DIR [--keep-code]] [--port 4399]
// --project reuses (or fills, when empty) a scratch project of an earlier run, kept for the next; its code is
// copied from this checkout again unless --keep-code.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './bench/chromium.ts';
import { generateCorpus } from './bench/corpus.ts';
import { dossierScratch, removeTree, tempRoot } from './bench/scratch.ts';

const repo = process.cwd();
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, edits: { type: 'string', default: '5' }, project: { type: 'string' }, 'keep-code': { type: 'boolean', default: false }, port: { type: 'string', default: '4399' } },
});
const articles = Number(values.articles);
const root = values.project ? resolve(values.project) : tempRoot(`dev${articles}`);

function step(label: string, script: string, args: string[]): void {
  const started = performance.now();
  const run = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`${label} failed in ${root}:\n${run.stdout}\n${run.stderr}`);
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A scratch project of `articles` generated articles, ingested and scaffolded, unless `root` already has one. */
function prepare(): void {
  if (existsSync(join(root, 'content', 'articles')) && readdirSync(join(root, 'content', 'articles')).length > 0) return;
  mkdirSync(root, { recursive: true });
  dossierScratch(repo, root);
  const input = join(root, '.dev-latency', 'input');
  mkdirSync(input, { recursive: true });
  for (const article of generateCorpus(articles).articles) writeFileSync(join(input, article.file), article.text);
  step(`ingest ${articles} articles`, 'scripts/ingest.ts', [input]);
  step('kb', 'scripts/kb.ts', []);
}

/** The project's code from this checkout (a reused project may hold an older copy). */
function refreshCode(): void {
  for (const entry of ['src', 'scripts', 'tools', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    rmSync(join(root, entry), { recursive: true, force: true });
    cpSync(join(repo, entry), join(root, entry), { recursive: true });
  }
}

/** The page file of the corpus's first hub party: a page named in most articles. */
function hubPage(): { file: string; url: string } {
  const name = generateCorpus(articles).hubs.parties[0]!;
  const folder = join(root, 'content', 'parties');
  const file = readdirSync(folder).find((entry) => readFileSync(join(folder, entry), 'utf8').includes(`\nname: ${name}\n`));
  if (!file) throw new Error(`no page for the hub party ${name} in ${folder}`);
  return { file: join(folder, file), url: `/parties/${file.replace(/\.mdx$/, '')}/` };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(): Promise<void> {
  const port = Number(values.port);
  const log = join(root, '.dev-latency', 'dev.log');
  mkdirSync(dirname(log), { recursive: true });
  const server = spawn(process.execPath, ['scripts/dev.ts'], { cwd: root, env: { ...process.env, DOSSIER_PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')] });
  const browser = await launchChromium();
  try {
    const { file, url } = hubPage();
    const address = `http://127.0.0.1:${port}${url}`;
    const started = performance.now();
    for (let ready = false; !ready; await new Promise((resolve) => setTimeout(resolve, 250))) {
      if (server.exitCode !== null) throw new Error(`npm run dev ended: see ${log}`);
      ready = await fetch(address).then((response) => response.ok, () => false);
    }
    console.log(`dev server up and ${url} rendered: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const page = await browser.newPage();
    await page.goto(address);
    const edits: Record<string, (i: number) => string> = {
      // A sentence of prose appended: the graph stands, only the prose is read again.
      prose: (i) => {
        const text = `Dev latency sentence ${i} of ${Date.now()}.`;
        appendFileSync(file, `\n${text}\n`);
        return text;
      },
      // A new alias in the frontmatter: the page's names change, so the whole graph is computed again.
      alias: (i) => {
        const text = `Devlatency Alias ${i}x${Date.now() % 100000}`;
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^aliases:.*$/m, `aliases:\n  - ${text}`));
        return text;
      },
    };
    for (const [kind, edit] of Object.entries(edits)) {
      const seconds: number[] = [];
      for (let i = 0; i < Number(values.edits); i++) {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const saved = performance.now();
        const text = edit(i);
        await page.waitForFunction((wanted) => document.body?.innerText.includes(wanted), text, { timeout: 120_000, polling: 50 });
        seconds.push((performance.now() - saved) / 1000);
      }
      console.log(`${kind} edit → shown in the open page: median ${median(seconds).toFixed(2)} s (${seconds.map((s) => s.toFixed(2)).join(', ')})`);
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

prepare();
if (!values['keep-code']) refreshCode();
try {
  await measure();
} finally {
  if (values.project === undefined) removeTree(root);
}
