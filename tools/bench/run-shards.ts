// The same synthetic corpus built as N shards (`npm run bench -- --articles N --shards S`), as the CI matrix of
// deploy-sharded.yml builds it: each shard in a project of its own with the whole content and cold caches
// (`npm run build -- --shard i/S`, timed in its own process), one after the other on this machine, then the
// merge (`npm run merge`). The slowest shard plus the merge is what the matrix would take with a runner per shard.
import { mkdirSync, readdirSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { corpusOf } from './corpora.ts';
import { dossierScratch, removeTree, tempRoot } from './scratch.ts';
import { siteStats } from './site-stats.ts';
import { timed, tsNode, type StageUsage, type TimedRun } from './timed.ts';

export interface ShardFigures {
  n: number;
  shards: number;
  ingest: StageUsage;
  /** One per shard, in order: its whole build (kb cold, astro build of its pages, its Pagefind bundle). */
  builds: (StageUsage & { htmlPages: number; bytes: number })[];
  merge: StageUsage;
  merged: { htmlPages: number; bytes: number; searchBytes: number };
}

type Progress = (message: string) => void;

const usage = (run: TimedRun<unknown>): StageUsage => ({ wallS: run.wallS, cpuS: run.cpuS, maxRssMiB: run.maxRssMiB });

/** Bytes of every shard's Pagefind bundle (pagefind/, pagefind-2/, …) in a merged site. */
function searchBytes(site: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else total += statSync(join(dir, entry.name)).size;
    }
  };
  for (const entry of readdirSync(site)) if (/^pagefind(-\d+)?$/.test(entry)) walk(join(site, entry));
  return total;
}

export async function runShards(repo: string, n: number, seed: number, shards: number, progress: Progress, keep = false, kind = 'wire'): Promise<ShardFigures> {
  // The corpus runSize builds: its first n articles.
  const corpus = corpusOf(kind, n + 1, seed).articles.slice(0, n);
  const roots = Array.from({ length: shards }, (_, i) => tempRoot(`n${n}-shard${i + 1}`));
  const work = join(roots[0]!, '.bench');
  const input = join(work, 'input');
  mkdirSync(input, { recursive: true });
  try {
    for (const root of roots) dossierScratch(repo, root);
    for (const article of corpus) writeFileSync(join(input, article.file), article.text);
    const log = join(work, 'shards.log');
    progress(`${shards} shards: ingest`);
    const result = join(work, 'ingest.json');
    const [command, argv] = tsNode(roots[0]!, 'tools/bench/stage-worker.ts', ['ingest', result, input]);
    const ingest = await timed(command, argv, { cwd: roots[0]!, log, resultFile: result });
    // Every shard job checks out the same content.
    for (const root of roots.slice(1)) cpSync(join(roots[0]!, 'content'), join(root, 'content'), { recursive: true });

    const builds: ShardFigures['builds'] = [];
    for (const [i, root] of roots.entries()) {
      progress(`${shards} shards: build shard ${i + 1}/${shards}`);
      const [cmd, args] = tsNode(root, 'scripts/build.ts', ['--shard', `${i + 1}/${shards}`]);
      const run = await timed(cmd, args, { cwd: root, log, env: { DOSSIER_OUT_DIR: join(root, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' } });
      const stats = siteStats(join(root, 'dist'));
      builds.push({ ...usage(run), htmlPages: stats.htmlPages, bytes: stats.distBytes });
    }

    progress(`${shards} shards: merge`);
    const merged = join(work, 'merged');
    const [cmd, args] = tsNode(roots[0]!, 'scripts/merge-shards.ts', [...roots.map((root) => join(root, 'dist')), '--out', merged]);
    const merge = await timed(cmd, args, { cwd: roots[0]!, log });
    const stats = siteStats(merged);
    return { n, shards, ingest: usage(ingest), builds, merge: usage(merge), merged: { htmlPages: stats.htmlPages, bytes: stats.distBytes, searchBytes: searchBytes(merged) } };
  } finally {
    if (keep) progress(`kept ${roots.join(', ')}`);
    else for (const root of roots) removeTree(root);
  }
}

const MiB = (bytes: number) => (bytes / 1048576).toFixed(1);

/** The figures as a Markdown table: each shard, the merge, and the matrix's critical path. */
export function formatShards(f: ShardFigures): string {
  const row = (label: string, u: StageUsage, pages = '–', bytes = '–') =>
    `| ${label} | ${u.wallS.toFixed(2)} | ${u.cpuS.toFixed(2)} | ${u.maxRssMiB.toFixed(0)} | ${pages} | ${bytes} |`;
  const slowest = Math.max(...f.builds.map((b) => b.wallS));
  return [
    `| N = ${f.n}, ${f.shards} shards | wall s | CPU s | peak RSS MiB | HTML pages | MiB |`,
    '|---|---:|---:|---:|---:|---:|',
    ...f.builds.map((b, i) => row(`shard ${i + 1}/${f.shards} (npm run build -- --shard)`, b, String(b.htmlPages), MiB(b.bytes))),
    row('merge (npm run merge)', f.merge, String(f.merged.htmlPages), MiB(f.merged.bytes)),
    `| **slowest shard + merge** (a runner per shard) | ${(slowest + f.merge.wallS).toFixed(2)} | – | – | – | – |`,
    `| shards one after the other + merge | ${(f.builds.reduce((sum, b) => sum + b.wallS, 0) + f.merge.wallS).toFixed(2)} | ${(f.builds.reduce((sum, b) => sum + b.cpuS, 0) + f.merge.cpuS).toFixed(2)} | ${Math.max(...f.builds.map((b) => b.maxRssMiB)).toFixed(0)} | – | – |`,
    '',
    `Merged site: ${MiB(f.merged.bytes)} MiB, of which the ${f.shards} search bundles ${MiB(f.merged.searchBytes)} MiB (ingest beforehand: ${f.ingest.wallS.toFixed(2)} s).`,
  ].join('\n');
}
