// `npm run build`: everything to publish dist/: the kb scaffolding, the Astro build and the Pagefind
// index. The site is built into a fresh folder and only swapped into dist/ when every stage succeeded,
// so a content error never replaces a working site with a broken one. `--shard i/N` builds one shard of a
// sharded build (README, "Sharded builds"): the pages shard i owns, its Pagefind bundle and its kb.json part.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runKb } from '../src/kb/pipeline/run-kb.ts';
import { indexSite } from '../src/integrations/pagefind-index.ts';
import { parseShardSpec } from '../src/kb/graph/shard-ownership.ts';
import { searchBundle } from '../src/kb/search/search-bundles.ts';
import { dropSiteWideFiles } from '../tools/shards/site-wide-files.ts';
import { progressBar } from './progress.ts';
import { lockBuild, publish, siteFolders } from './publish-site.ts';
import { reportProblem } from './report-problem.ts';
import { rememberSchema, schemaChanged } from './schema-stamp.ts';

const root = process.cwd();
const outDir = process.env.DOSSIER_OUT_DIR || join(root, 'dist');
const nextDir = siteFolders(outDir).next;

async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

try {
  const shardText = parseArgs({ options: { shard: { type: 'string' } } }).values.shard ?? process.env['DOSSIER_SHARD'];
  const shard = shardText ? parseShardSpec(shardText) : undefined;
  // The routes read the shard from DOSSIER_SHARD, the search box the number of bundles to merge from PUBLIC_….
  const shardEnv = shard ? { DOSSIER_SHARD: `${shard.index}/${shard.count}`, PUBLIC_DOSSIER_SHARDS: String(shard.count) } : {};
  // One build of a folder at a time: a second one would write into the same dist.next/ and swap it half-made.
  process.on('exit', lockBuild(outDir));
  const kb = await stage('kb', () => runKb(root, { progress: progressBar('extracting') }));
  for (const page of kb.missing) console.log(`  created ${page.file}`);

  rmSync(nextDir, { recursive: true, force: true });
  const force = schemaChanged(root) ? ['--force'] : [];
  const astro = await stage('astro build', () =>
    spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', nextDir, ...force], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...shardEnv },
    }),
  );
  if (astro.status !== 0) {
    console.error(`The site was not built (astro build exited ${astro.status}); ${outDir} is unchanged.`);
    process.exit(1);
  }

  if (shard && shard.index > 1) dropSiteWideFiles(join(root, 'src', 'pages'), nextDir);

  const started = performance.now();
  const indexed = await indexSite(nextDir, searchBundle(shard?.index ?? 1));
  console.log(`pagefind: ${indexed.pages} pages indexed, ${((performance.now() - started) / 1000).toFixed(2)} s`);
  if (indexed.namesIndex) console.log(`names index: ${indexed.namesIndex.bytes} bytes, ${indexed.namesIndex.gzipped} gzipped; largest shard a query fetches: ${indexed.namesIndex.largestShardGzipped} gzipped`);

  rememberSchema(root);
  // A server answering from dist/ meanwhile never sends a half-written file (see publish-site.ts).
  publish(nextDir, outDir);
  console.log(`published ${outDir}`);
} catch (error) {
  process.exit(reportProblem(error, `The site was not built; ${outDir} is unchanged.`));
}
