// One benchmark stage, run in its own process (so the OS accounts its CPU and memory apart):
//   node tools/bench/stage-worker.ts <stage> <result.json> [args…]
// stages: ingest <plain-text dir> · kb (as `npm run kb`) · kb-build (as `npm run build`) · pagefind <site dir> ·
// pagefind-bare <site dir>.
// Writes a JSON result (stage figures plus this process's own resourceUsage) to <result.json>.
import childProcess, { type ChildProcess } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Pagefind's Node API runs its indexer as a child process and kills it on close without waiting: record the
// children spawned here and wait for each to be reaped, so the OS counts their CPU and memory in this process's.
const children: ChildProcess[] = [];
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  children.push(child);
  return child;
}) as typeof spawn;

async function reapChildren(): Promise<void> {
  const exits = children.map((child) => (child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve))));
  // Pagefind unrefs its child, so a timer keeps this process alive until the exit is seen (at most 10 s).
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(exits), new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer);
}

const [stage, resultFile, ...args] = process.argv.slice(2);
const root = process.cwd();

/** One runKb in this project, with what it analysed and extraction's throughput after start-up. */
async function runKbFigures(options: { recordChecked?: boolean }): Promise<Record<string, unknown>> {
  const { runKb } = await import('../../src/kb/pipeline/run-kb.ts');
  // Extraction throughput after start-up: every article analysed and matched once, over the seconds that took.
  const started = performance.now();
  const result = await runKb(root, options);
  const totalS = (performance.now() - started) / 1000;
  const extractS = result.extractionS;
  return {
    articles: result.articles,
    pagesBefore: result.pages,
    created: result.missing.length,
    analysed: result.stats.analysed,
    cached: result.stats.cached,
    carried: result.stats.carried ?? 0,
    runKbS: totalS,
    extractS,
    articlesPerS: result.stats.analysed > 0 && extractS > 0 ? result.articles / extractS : NaN,
  };
}

async function run(): Promise<Record<string, unknown>> {
  switch (stage) {
    case 'ingest': {
      const { ingestFiles } = await import('../../src/kb/ingest/ingest.ts');
      const dir = resolve(args[0] as string);
      const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => join(dir, name));
      const results = ingestFiles(files, { contentDir: join(root, 'content') });
      return { articles: results.filter((r) => r.status === 'created').length };
    }
    case 'kb': {
      // As scripts/kb.ts does: compiled modules kept between runs, the up-to-date record first, the pipeline
      // only when something changed.
      const { keepCompiledModules } = await import('../../src/kb/cache/compiled-modules.ts');
      keepCompiledModules(root);
      const { upToDateResult } = await import('../../src/kb/pipeline/up-to-date-result.ts');
      const unchanged = upToDateResult(root);
      if (unchanged) return { articles: unchanged.articles, pagesBefore: unchanged.pages, created: 0, analysed: 0, cached: unchanged.stats.cached, carried: 0, runKbS: 0, extractS: 0, articlesPerS: NaN, upToDate: true };
      return runKbFigures({ recordChecked: true });
    }
    case 'kb-build':
      // As scripts/build.ts does: runKb itself, whatever the up-to-date record says.
      return runKbFigures({});
    case 'pagefind': {
      const { indexSite } = await import('../../src/integrations/pagefind-index.ts');
      return { ...(await indexSite(resolve(args[0] as string))) };
    }
    case 'pagefind-bare': {
      const pagefind = await import('pagefind');
      const site = resolve(args[0] as string);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: join(site, 'pagefind') });
      await pagefind.close();
      return { pages: added.page_count };
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}

const figures = await run();
await reapChildren();
const usage = process.resourceUsage();
writeFileSync(
  resultFile as string,
  JSON.stringify({ ...figures, usage: { cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMiB: usage.maxRSS / 1024 } }),
);
