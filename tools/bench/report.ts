// Formats the benchmark's figures. Per size: Dossier's stages beside the bare baseline's (medians of the paired
// runs), each run's ratios with their median and range, where the output bytes go by page type, the time per
// stage per page and per KiB, the incremental kb runs, extraction throughput and query bytes. Across sizes:
// the marginal cost of one more article and each stage's exponent. Then the targets of issue 19 (and the older
// ones that still apply), each marked met or not.
import type { SizeRuns } from './paired-runs.ts';
import type { SizeFigures } from './run-size.ts';
import { PAGE_TYPES } from './site-stats.ts';
import { marginal, medianRecord, spread, type Spread } from './stats.ts';
import type { StageUsage } from './timed.ts';

const s = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const mib = (bytes: number) => (bytes / 1048576).toFixed(2);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const pad = (text: string, width: number) => text.padStart(width);
const range = (x: Spread) => (x.min === x.max ? s(x.median) : `${s(x.median)} (${s(x.min)}–${s(x.max)})`);

function sum(...stages: StageUsage[]): StageUsage {
  return {
    wallS: stages.reduce((n, x) => n + x.wallS, 0),
    cpuS: stages.reduce((n, x) => n + x.cpuS, 0),
    maxRssMiB: Math.max(...stages.map((x) => x.maxRssMiB)),
  };
}

/**
 * The whole build three ways: Dossier cold (kb with an empty cache, which pays extraction once), Dossier warm
 * (kb with the cache of the run that scaffolded the pages, as CI's `npm run build` runs it), and the baseline
 * (astro build + Pagefind). Each Dossier build adds astro build and Pagefind.
 */
export function wholeBuilds(f: SizeFigures): { cold: StageUsage; warm: StageUsage; baseline: StageUsage } {
  const d = f.dossier;
  return { cold: sum(d.kb, d.astro, d.pagefind), warm: sum(d.kbWarm, d.astro, d.pagefind), baseline: sum(f.baseline.astro, f.baseline.pagefind) };
}

/** One run's Dossier ÷ baseline ratios. */
export function runRatios(f: SizeFigures): Record<string, number> {
  const whole = wholeBuilds(f);
  return {
    'whole build, warm (wall)': whole.warm.wallS / whole.baseline.wallS,
    'whole build, cold (wall)': whole.cold.wallS / whole.baseline.wallS,
    'astro build (wall)': f.dossier.astro.wallS / f.baseline.astro.wallS,
    'pagefind (wall)': f.dossier.pagefind.wallS / f.baseline.pagefind.wallS,
    'output bytes': f.dossier.site.distBytes / f.baseline.site.distBytes,
  };
}

/** Each ratio's median and range over a size's runs. */
export function ratioSpreads(size: SizeRuns): Record<string, Spread> {
  const per = size.runs.map(runRatios);
  return Object.fromEntries(Object.keys(per[0] ?? {}).map((name) => [name, spread(per.map((r) => r[name] as number))]));
}

/** The largest single process of any Dossier stage over a size's runs, in MiB. */
export function largestProcessMiB(size: SizeRuns): number {
  return Math.max(
    ...size.runs.flatMap((f) => [f.dossier.ingest, f.dossier.kb, f.dossier.kbWarm, f.dossier.astro, f.dossier.pagefind, f.kbNoChange, f.kbAddOne, f.kbAddNew].map((x) => x.maxRssMiB)),
  );
}

/** The stage timings an exponent is computed for. */
export function stageTimes(f: SizeFigures): Record<string, number> {
  const whole = wholeBuilds(f);
  return {
    'ingest': f.dossier.ingest.wallS,
    'kb (cold)': f.dossier.kb.wallS,
    'kb (warm, as npm run build)': f.dossier.kbWarm.wallS,
    'extraction (in kb)': f.kbCold.extractS,
    'astro build': f.dossier.astro.wallS,
    'pagefind': f.dossier.pagefind.wallS,
    'whole build, cold': whole.cold.wallS,
    'whole build, warm': whole.warm.wallS,
    'kb (no change)': f.kbNoChange.wallS,
    'kb (one added)': f.kbAddOne.wallS,
    'kb (one with new names)': f.kbAddNew.wallS,
    'baseline astro build': f.baseline.astro.wallS,
    'baseline pagefind': f.baseline.pagefind.wallS,
    'baseline whole build': whole.baseline.wallS,
  };
}

function formatStages(f: SizeFigures, runs: number): string[] {
  const whole = wholeBuilds(f);
  const d = f.dossier;
  const b = f.baseline;
  const lines = [
    `| stage${runs > 1 ? ` (median of ${runs} runs)` : ''} | wall s | CPU s | peak RSS MiB | baseline wall s | baseline CPU s | baseline RSS MiB | Dossier ÷ baseline, wall | ÷ baseline, CPU |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (name: string, x: StageUsage, y?: StageUsage) =>
    lines.push(`| ${name} | ${s(x.wallS)} | ${s(x.cpuS)} | ${x.maxRssMiB.toFixed(0)} | ${y ? s(y.wallS) : '–'} | ${y ? s(y.cpuS) : '–'} | ${y ? y.maxRssMiB.toFixed(0) : '–'} | ${y ? (x.wallS / y.wallS).toFixed(2) : '–'} | ${y ? (x.cpuS / y.cpuS).toFixed(2) : '–'} |`);
  row('ingest', d.ingest);
  row('kb (cold cache: extracts every article)', d.kb);
  row('kb (warm cache, as `npm run build` runs it)', d.kbWarm);
  row('astro build', d.astro, b.astro);
  row('pagefind', d.pagefind, b.pagefind);
  row('**whole build, warm** (kb warm + astro + pagefind)', whole.warm, whole.baseline);
  row('whole build, cold (kb cold + astro + pagefind)', whole.cold, whole.baseline);
  row('kb, no change (up-to-date record)', f.kbNoChange);
  row('kb, one article added', f.kbAddOne);
  row('kb, one article with new names added', f.kbAddNew);
  return lines;
}

function formatRatios(size: SizeRuns): string[] {
  const per = size.runs.map(runRatios);
  const names = Object.keys(per[0] ?? {});
  const spreads = ratioSpreads(size);
  const lines = [`| Dossier ÷ baseline | ${size.runs.map((f, i) => `run ${i + 1} (${f.baselineFirst ? 'baseline' : 'Dossier'} first)`).join(' | ')} | median | min | max |`, `|---|${'---:|'.repeat(size.runs.length + 3)}`];
  for (const name of names) {
    const x = spreads[name] as Spread;
    lines.push(`| ${name} | ${per.map((r) => s(r[name] as number)).join(' | ')} | **${s(x.median)}** | ${s(x.min)} | ${s(x.max)} |`);
  }
  return lines;
}

/** Where the output bytes go: files and bytes per page type, Dossier beside the baseline. */
export function formatBytes(f: SizeFigures): string[] {
  const d = f.dossier.site;
  const b = f.baseline.site;
  const lines = [
    `| page type | Dossier files | Dossier MiB | KiB per file | share | KiB per article | baseline files | baseline MiB | ÷ baseline |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const type of PAGE_TYPES) {
    const x = d.byType[type];
    const y = b.byType[type];
    if (x.files === 0 && y.files === 0) continue;
    lines.push(
      `| ${type} | ${x.files} | ${mib(x.bytes)} | ${x.files ? kib(x.bytes / x.files) : '–'} | ${((x.bytes / d.distBytes) * 100).toFixed(1)} % | ${kib(x.bytes / f.n)} | ${y.files} | ${mib(y.bytes)} | ${y.bytes ? (x.bytes / y.bytes).toFixed(2) : '–'} |`,
    );
  }
  lines.push(`| **all** | ${Object.values(d.byType).reduce((n, x) => n + x.files, 0)} | ${mib(d.distBytes)} | – | 100 % | ${kib(d.distBytes / f.n)} | ${Object.values(b.byType).reduce((n, x) => n + x.files, 0)} | ${mib(b.distBytes)} | **${(d.distBytes / b.distBytes).toFixed(2)}** |`);
  return lines;
}

/** The time per stage: wall seconds, ms per HTML page and ms per KiB of the site's output. */
export function formatCosts(f: SizeFigures): string[] {
  const whole = wholeBuilds(f);
  const d = f.dossier;
  const b = f.baseline;
  const lines = ['| stage | wall s | ms per page | ms per KiB of output |', '|---|---:|---:|---:|'];
  const row = (name: string, x: StageUsage, site: SizeFigures['dossier']['site']) =>
    lines.push(`| ${name} | ${s(x.wallS)} | ${s((x.wallS * 1000) / site.htmlPages)} | ${((x.wallS * 1000) / (site.distBytes / 1024)).toFixed(3)} |`);
  row('Dossier kb (cold)', d.kb, d.site);
  row('Dossier kb (warm)', d.kbWarm, d.site);
  row('Dossier astro build', d.astro, d.site);
  row('Dossier pagefind', d.pagefind, d.site);
  row('**Dossier whole build, warm**', whole.warm, d.site);
  row('baseline astro build', b.astro, b.site);
  row('baseline pagefind', b.pagefind, b.site);
  row('**baseline whole build**', whole.baseline, b.site);
  return lines;
}

export function formatSize(size: SizeRuns): string {
  const f = medianRecord(size.runs);
  const d = f.dossier;
  const b = f.baseline;
  const lines: string[] = [];
  lines.push(`N = ${f.n} articles of kind "${f.kind}" (seed ${f.seed}), ${size.runs.length} paired run${size.runs.length > 1 ? 's' : ''}: Dossier wrote ${d.site.htmlPages} HTML pages (${f.entityPages} entity pages created by kb); the baseline ${b.site.htmlPages}`);
  lines.push('', ...formatStages(f, size.runs.length));
  if (size.runs.length > 1) lines.push('', 'Ratios run by run (noise on this machine is about ±15 %: read the medians):', '', ...formatRatios(size));
  lines.push('', 'Where the bytes go (file sizes, not disk blocks):', '', ...formatBytes(f));
  lines.push('', 'Time per stage, per page and per KiB of output:', '', ...formatCosts(f));
  lines.push('');
  lines.push(`- the machine's load average at the end of each run: ${size.runs.map((r) => r.loadAverage?.map((x) => x.toFixed(1)).join(', ') ?? 'n/a').join(' · ')} (timings on a shared machine vary; compare the ratios)`);
  lines.push(`- extraction, cold, after start-up: ${s(f.kbCold.articlesPerS)} articles/s (${f.kbCold.analysed} analysed in ${s(f.kbCold.extractS)} s of a ${s(f.kbCold.runKbS)} s runKb); kb warm: runKb ${s(f.kbWarm.runKbS)} s, ${f.kbWarm.analysed} analysed, ${f.kbWarm.cached} from the cache`);
  lines.push(`- kb with no change: ${s(f.kbNoChange.wallS)} s = ${((f.kbNoChange.wallS / d.kb.wallS) * 100).toFixed(1)} % of cold (runKb itself ${s(f.kbNoChange.kb.runKbS)} s, ${f.kbNoChange.kb.analysed} analysed); after adding one article: ${s(f.kbAddOne.wallS)} s (runKb ${s(f.kbAddOne.kb.runKbS)} s, ${f.kbAddOne.kb.analysed} analysed, ${f.kbAddOne.kb.created} pages created); after one more with new names: ${s(f.kbAddNew.wallS)} s (runKb ${s(f.kbAddNew.kb.runKbS)} s, ${f.kbAddNew.kb.created} pages created, ${f.kbAddNew.kb.carried} of ${f.kbAddNew.kb.articles} extractions carried over)`);
  const tuned = b.astroTuned;
  const whole = wholeBuilds(f);
  lines.push(`- baseline astro build with Dossier's build.concurrency (${tuned.concurrency}) instead of Astro's default (1): ${s(tuned.wallS)} s wall, ${s(tuned.cpuS)} s CPU; whole build, warm, against it: ${(whole.warm.wallS / (tuned.wallS + b.pagefind.wallS)).toFixed(2)} × (astro build ${(d.astro.wallS / tuned.wallS).toFixed(2)} ×)`);
  lines.push(`- one-word query "${d.query.query}" in Chromium (Pagefind files as stored, scripts and names index gzipped): Dossier ${kib(d.query.searchBytes)} KiB, baseline ${kib(b.query.searchBytes)} KiB = ${(d.query.searchBytes / b.query.searchBytes).toFixed(2)} × (search page itself: ${kib(d.query.pageBytes)} KiB vs ${kib(b.query.pageBytes)} KiB)`);
  return lines.join('\n');
}

export function formatQueryFiles(f: SizeFigures): string {
  const list = (files: { path: string; bytes: number }[]) => files.map((x) => `    ${pad(kib(x.bytes), 7)} KiB ${x.path}`).join('\n');
  return `  Dossier:\n${list(f.dossier.query.files)}\n  baseline:\n${list(f.baseline.query.files)}`;
}

/** The marginal cost of one more article between each two consecutive sizes (medians of their runs). */
export interface Marginal {
  from: number;
  to: number;
  dossierMs: number;
  baselineMs: number;
  dossierBytes: number;
  baselineBytes: number;
}

export function marginals(sizes: SizeRuns[]): Marginal[] {
  const medians = sizes.map((x) => medianRecord(x.runs));
  const out: Marginal[] = [];
  for (let i = 1; i < medians.length; i++) {
    const a = medians[i - 1] as SizeFigures;
    const z = medians[i] as SizeFigures;
    const cost = (pick: (f: SizeFigures) => number) => marginal({ n: a.n, value: pick(a) }, { n: z.n, value: pick(z) });
    out.push({
      from: a.n,
      to: z.n,
      dossierMs: cost((f) => wholeBuilds(f).warm.wallS * 1000),
      baselineMs: cost((f) => wholeBuilds(f).baseline.wallS * 1000),
      dossierBytes: cost((f) => f.dossier.site.distBytes),
      baselineBytes: cost((f) => f.baseline.site.distBytes),
    });
  }
  return out;
}

export function formatMarginals(sizes: SizeRuns[]): string {
  const lines = [
    '| between | Dossier whole build, warm, ms per article | baseline ms per article | ÷ baseline | Dossier KiB per article | baseline KiB per article | ÷ baseline |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of marginals(sizes)) {
    lines.push(`| N=${m.from} → ${m.to} | ${m.dossierMs.toFixed(1)} | ${m.baselineMs.toFixed(1)} | **${(m.dossierMs / m.baselineMs).toFixed(2)}** | ${kib(m.dossierBytes)} | ${kib(m.baselineBytes)} | ${(m.dossierBytes / m.baselineBytes).toFixed(2)} |`);
  }
  return lines.join('\n');
}

export function formatExponents(sizes: SizeRuns[]): string {
  const first = medianRecord((sizes[0] as SizeRuns).runs);
  const last = medianRecord((sizes[sizes.length - 1] as SizeRuns).runs);
  const a = stageTimes(first);
  const z = stageTimes(last);
  const lines = [`| stage | N=${first.n} s | N=${last.n} s | exponent log(t${last.n}/t${first.n})/log(${last.n}/${first.n}) |`, '|---|---:|---:|---:|'];
  for (const name of Object.keys(a)) {
    const exponent = Math.log((z[name] as number) / (a[name] as number)) / Math.log(last.n / first.n);
    lines.push(`| ${name} | ${s(a[name] as number)} | ${s(z[name] as number)} | ${exponent.toFixed(2)} |`);
  }
  return lines.join('\n');
}

/**
 * What the contracts alone publish, against which the bytes target is read: the whole `kb.json` (its shape is a
 * contract: every mention with its sentence), one Atom feed per entity page at the size of the smallest this build
 * wrote (an entity named once), and the pages and index the baseline publishes too, at the baseline's size.
 */
export function contractFloor(f: SizeFigures): { bytes: number; ratio: number; roomPerPage: number } {
  const site = f.dossier.site.byType;
  const feeds = site.feeds.files * (site.feeds.smallest ?? 0);
  const bytes = site['kb.json'].bytes + feeds + f.baseline.site.distBytes;
  const base = f.baseline.site.distBytes;
  return { bytes, ratio: bytes / base, roomPerPage: (3 * base - bytes) / f.dossier.site.htmlPages };
}

type Check = [string, boolean];
const line = ([text, ok]: Check) => `  ${ok ? 'met    ' : 'NOT MET'} ${text}`;

/** Issue 19's targets at every size, the marginal cost across sizes, and the older targets at the largest size. */
export function formatTargets(sizes: SizeRuns[]): string {
  const out: string[] = ["Issue 19's targets (the 1.3 × is judged on the whole build with a warm kb cache, as CI builds; medians of the paired runs, range in brackets):"];
  for (const size of sizes) {
    const r = ratioSpreads(size);
    const warm = r['whole build, warm (wall)'] as Spread;
    const cold = r['whole build, cold (wall)'] as Spread;
    const bytes = r['output bytes'] as Spread;
    const peak = largestProcessMiB(size);
    out.push(`At N = ${size.n} (${size.runs.length} run${size.runs.length > 1 ? 's' : ''}):`);
    out.push(line([`whole build, warm: ${range(warm)} × baseline (≤ 1.3)`, warm.median <= 1.3]));
    out.push(line([`published output: ${range(bytes)} × baseline's bytes (≤ 3)`, bytes.median <= 3]));
    out.push(line([`largest process: ${(peak / 1024).toFixed(2)} GiB (< 4 GiB)`, peak < 4096]));
    out.push(`  (for reference: whole build, cold: ${range(cold)} × baseline; kb cold pays the extraction of every article once)`);
    const floor = spread(size.runs.map((f) => contractFloor(f).ratio));
    const room = spread(size.runs.map((f) => contractFloor(f).roomPerPage));
    out.push(`  (the contracts' floor: ${range(floor)} × baseline's bytes for kb.json, a feed per entity page and the baseline's own pages; ≤ 3 × leaves ${kib(room.median)} KiB per HTML page for all else)`);
  }
  if (sizes.length > 1) {
    for (const m of marginals(sizes)) {
      out.push(line([`marginal cost per article, N=${m.from} → ${m.to}: ${m.dossierMs.toFixed(1)} ms against ${m.baselineMs.toFixed(1)} ms = ${(m.dossierMs / m.baselineMs).toFixed(2)} × baseline (≤ 1.3)`, m.dossierMs <= 1.3 * m.baselineMs]));
    }
  } else out.push('  (marginal cost per article: needs two sizes, e.g. --articles 1000,5000)');

  const last = sizes[sizes.length - 1] as SizeRuns;
  const f = medianRecord(last.runs);
  const older: Check[] = [
    [`extraction ${s(f.kbCold.articlesPerS)} articles/s cold (≥ 200)`, f.kbCold.articlesPerS >= 200],
    [`kb with no change ${((f.kbNoChange.wallS / f.dossier.kb.wallS) * 100).toFixed(1)} % of cold (≤ 5 %)`, f.kbNoChange.wallS <= 0.05 * f.dossier.kb.wallS],
    [`kb after adding one article ${s(f.kbAddOne.wallS)} s (≤ 2 s)`, f.kbAddOne.wallS <= 2],
    [`query ${(f.dossier.query.searchBytes / f.baseline.query.searchBytes).toFixed(2)} × baseline bytes (≤ 1.2)`, f.dossier.query.searchBytes <= 1.2 * f.baseline.query.searchBytes],
  ];
  if (sizes.length > 1) {
    const a = stageTimes(medianRecord((sizes[0] as SizeRuns).runs));
    const z = stageTimes(f);
    const first = (sizes[0] as SizeRuns).n;
    const worst = Object.keys(a)
      .filter((name) => !name.startsWith('baseline'))
      .map((name) => [name, Math.log((z[name] as number) / (a[name] as number)) / Math.log(f.n / first)] as const)
      .sort((x, y) => y[1] - x[1])[0] as readonly [string, number];
    older.push([`largest exponent ${worst[1].toFixed(2)} (${worst[0]}) (≤ 1.3)`, worst[1] <= 1.3]);
  }
  // Stricter than issue 9, whose one added article is the generator's next: an article from another story.
  const stricter: Check = [`kb after adding one article with new names ${s(f.kbAddNew.wallS)} s (≤ 2 s)`, f.kbAddNew.wallS <= 2];
  return [...out, `Earlier targets (issue 9) at N = ${f.n}:`, ...older.map(line), 'Beyond the targets:', line(stricter)].join('\n');
}
