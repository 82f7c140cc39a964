// `npm run bench -- --articles N[,M…] [--seed S] [--keep] [--json FILE] [--files]`: a synthetic corpus of N
// articles through Dossier's whole build and through a bare Astro + MDX + Pagefind baseline, stage by stage;
// prints the figures, Dossier ÷ baseline, and with several sizes each stage's exponent.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatExponents, formatQueryFiles, formatSize, formatTargets } from '../tools/bench/report.ts';
import { runSize, type SizeFigures } from '../tools/bench/run-size.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    files: { type: 'boolean', default: false },
  },
});
const sizes = values.articles.split(',').map((x) => Number.parseInt(x, 10));
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error('Usage: npm run bench -- --articles N[,M…] (each at least 2) [--seed S] [--keep] [--json FILE] [--files]');
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

const figures: SizeFigures[] = [];
for (const n of sizes) {
  const f = await runSize(process.cwd(), n, seed, (m) => progress(`N=${n} ${m}`), values.keep);
  figures.push(f);
  console.log(`\n${formatSize(f)}`);
  if (values.files) console.log(formatQueryFiles(f));
}
if (figures.length > 1) console.log(`\nScaling:\n\n${formatExponents(figures)}`);
console.log(`\n${formatTargets(figures)}`);
console.log(`\nbench: ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2));
