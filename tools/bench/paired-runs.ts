// Paired benchmark runs: each size built K times, Dossier and the bare baseline in every run, the order
// alternating (Dossier first in the first run, whose cold kb makes the pages the baseline is built from), so the
// machine's drifting load falls on both sides alike; the ratios are then read run by run (report.ts).
import { runSize, type Progress, type SizeFigures } from './run-size.ts';
import { removeTree, tempRoot } from './scratch.ts';

export interface SizeRuns {
  n: number;
  runs: SizeFigures[];
}

export interface PairedOptions {
  kind: string;
  seed: number;
  runs: number;
  keep: boolean;
}

/** Whether run `index` (from 0) of a size builds the baseline first: every second run does. */
export function baselineFirst(index: number): boolean {
  return index % 2 === 1;
}

export async function runPaired(repo: string, sizes: number[], options: PairedOptions, progress: Progress, done: (size: SizeRuns) => void = () => {}): Promise<SizeRuns[]> {
  const all: SizeRuns[] = [];
  for (const n of sizes) {
    const snapshot = tempRoot(`content${n}`);
    const size: SizeRuns = { n, runs: [] };
    try {
      for (let i = 0; i < options.runs; i++) {
        const first = baselineFirst(i);
        const label = options.runs > 1 ? `N=${n} run ${i + 1}/${options.runs} (${first ? 'baseline' : 'Dossier'} first)` : `N=${n}`;
        size.runs.push(await runSize(repo, n, options.seed, (m) => progress(`${label} ${m}`), options.keep, { kind: options.kind, baselineFirst: first, snapshot }));
      }
    } finally {
      removeTree(snapshot);
    }
    all.push(size);
    done(size);
  }
  return all;
}
