// `npm run bench -- --articles N[,M…] [--kind wire|desk] [--runs K] [--seed S] [--keep] [--json FILE] [--files]
// [--shards S]`: a synthetic corpus of N articles through Dossier's whole build and through a bare Astro + MDX +
// Pagefind baseline, stage by stage, K paired runs per size; prints the figures, Dossier ÷ baseline (medians and
// ranges), where the bytes go, and with several sizes the marginal cost per article and each stage's exponent.
// With --shards, the same corpus is also built as S shards and merged (tools/bench/run-shards.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORPUS_KINDS } from '../tools/bench/corpora.ts';
import { runPaired } from '../tools/bench/paired-runs.ts';
import { formatExponents, formatMarginals, formatQueryFiles, formatSize, formatTargets } from '../tools/bench/report.ts';
import { formatShards, runShards, type ShardFigures } from '../tools/bench/run-shards.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    kind: { type: 'string', default: 'wire' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    files: { type: 'boolean', default: false },
    shards: { type: 'string' },
  },
});
const sizes = values.articles.split(',').map((x) => Number.parseInt(x, 10));
const runs = Number.parseInt(values.runs, 10);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(runs) || runs < 1 || !Object.hasOwn(CORPUS_KINDS, values.kind)) {
  console.error(`Usage: npm run bench -- --articles N[,M…] (each at least 2) [--kind ${Object.keys(CORPUS_KINDS).join('|')}] [--runs K] [--seed S] [--keep] [--json FILE] [--files] [--shards S]`);
  process.exit(1);
}
const shards = values.shards === undefined ? undefined : Number.parseInt(values.shards, 10);
if (shards !== undefined && !(shards >= 2)) {
  console.error('--shards S builds the corpus as S shards too: give S as a whole number of at least 2.');
  process.exit(1);
}
const seed = Number.parseInt(values.seed, 10);
const started = performance.now();
let last = started;
const progress = (message: string) => {
  const now = performance.now();
  process.stderr.write(`[${((now - started) / 1000).toFixed(1).padStart(6)} s] (+${((now - last) / 1000).toFixed(1)} s) ${message}…\n`);
  last = now;
};

const figures = await runPaired(process.cwd(), sizes, { kind: values.kind, seed, runs, keep: values.keep }, progress, (size) => {
  console.log(`\n${formatSize(size)}`);
  if (values.files) console.log(formatQueryFiles(size.runs[0]!));
});
if (figures.length > 1) console.log(`\nMarginal cost of one more article (medians):\n\n${formatMarginals(figures)}\n\nScaling:\n\n${formatExponents(figures)}`);
console.log(`\n${formatTargets(figures)}`);
let sharded: ShardFigures | undefined;
if (shards) {
  const n = sizes[sizes.length - 1] as number;
  sharded = await runShards(process.cwd(), n, seed, shards, (m) => progress(`N=${n} ${shards} shards ${m}`), values.keep, values.kind);
  console.log(`\n${formatShards(sharded)}`);
}
console.log(`\nbench: ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
if (values.json) writeFileSync(values.json, JSON.stringify(shards ? { sizes: figures, sharded } : figures, null, 2));
