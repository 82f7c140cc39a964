// The bench's report: the warm and cold whole builds against the baseline, ratios read run by run with their
// median, the marginal cost per article between sizes, and the targets marked met or not, on figures made here.
import { describe, expect, it } from 'vitest';
import { baselineFirst, type SizeRuns } from '../../../tools/bench/paired-runs.ts';
import { contractFloor, formatBytes, formatTargets, largestProcessMiB, marginals, ratioSpreads, runRatios, wholeBuilds } from '../../../tools/bench/report.ts';
import type { SizeFigures } from '../../../tools/bench/run-size.ts';
import { PAGE_TYPES, type SiteStats } from '../../../tools/bench/site-stats.ts';

const stage = (wallS: number, maxRssMiB = 500) => ({ wallS, cpuS: wallS, maxRssMiB });
const site = (distBytes: number, htmlPages: number): SiteStats => {
  const byType = Object.fromEntries(PAGE_TYPES.map((t) => [t, { files: 0, bytes: 0 }])) as SiteStats['byType'];
  byType.articles = { files: htmlPages, bytes: distBytes };
  return { htmlPages, distBytes, pagefindBytes: 0, pagefindFiles: 0, byType };
};
const kb = { articles: 1, created: 0, analysed: 1, cached: 0, carried: 0, runKbS: 1, extractS: 1, articlesPerS: 300 };
const query = { query: 'x', searchBytes: 100, pageBytes: 10, requests: 1, files: [], results: '' };

/** A run's figures: Dossier's kb cold and warm, astro and Pagefind, the baseline's astro and Pagefind, and bytes. */
function figures(n: number, t: { kbCold: number; kbWarm: number; astro: number; pagefind: number; bAstro: number; bPagefind: number; bytes: number; bBytes: number; rss?: number }, first = false): SizeFigures {
  return {
    n,
    seed: 1,
    kind: 'desk',
    baselineFirst: first,
    dossier: { ingest: stage(1), kb: stage(t.kbCold), kbWarm: stage(t.kbWarm), astro: stage(t.astro, t.rss ?? 800), pagefind: stage(t.pagefind), site: site(t.bytes, n * 3), query },
    baseline: { astro: stage(t.bAstro), pagefind: stage(t.bPagefind), site: site(t.bBytes, n * 2), query, astroTuned: { ...stage(t.bAstro), concurrency: 4 } },
    kbCold: kb,
    kbWarm: kb,
    kbNoChange: { ...stage(0.1), kb },
    kbAddOne: { ...stage(1), kb },
    kbAddNew: { ...stage(1.5), kb },
    entityPages: n,
  };
}

describe('whole builds and ratios', () => {
  it('the warm build counts kb with a warm cache, the cold one kb with an empty cache', () => {
    const f = figures(100, { kbCold: 10, kbWarm: 1, astro: 20, pagefind: 3, bAstro: 18, bPagefind: 2, bytes: 600, bBytes: 200 });
    const whole = wholeBuilds(f);
    expect(whole.warm.wallS).toBe(24);
    expect(whole.cold.wallS).toBe(33);
    expect(whole.baseline.wallS).toBe(20);
    const r = runRatios(f);
    expect(r['whole build, warm (wall)']).toBeCloseTo(1.2);
    expect(r['whole build, cold (wall)']).toBeCloseTo(1.65);
    expect(r['output bytes']).toBe(3);
  });

  it('reads each ratio run by run: its median and range, not the ratio of medians', () => {
    const size: SizeRuns = {
      n: 100,
      runs: [
        figures(100, { kbCold: 10, kbWarm: 1, astro: 20, pagefind: 3, bAstro: 18, bPagefind: 2, bytes: 600, bBytes: 200 }),
        figures(100, { kbCold: 10, kbWarm: 1, astro: 39, pagefind: 3, bAstro: 38, bPagefind: 2, bytes: 600, bBytes: 200 }, true),
        figures(100, { kbCold: 10, kbWarm: 1, astro: 26, pagefind: 3, bAstro: 18, bPagefind: 2, bytes: 600, bBytes: 200 }),
      ],
    };
    const warm = ratioSpreads(size)['whole build, warm (wall)']!;
    expect(warm.median).toBeCloseTo(1.2);
    expect(warm.min).toBeCloseTo(43 / 40);
    expect(warm.max).toBeCloseTo(1.5);
  });

  it('puts the contracts\' floor at kb.json, the smallest feed once per feed, and the baseline\'s own bytes', () => {
    const f = figures(100, { kbCold: 10, kbWarm: 1, astro: 20, pagefind: 3, bAstro: 18, bPagefind: 2, bytes: 60_000, bBytes: 20_000 });
    f.dossier.site.byType['kb.json'] = { files: 1, bytes: 25_000, smallest: 25_000 };
    f.dossier.site.byType.feeds = { files: 10, bytes: 9_000, smallest: 500 };
    const floor = contractFloor(f);
    expect(floor.bytes).toBe(25_000 + 10 * 500 + 20_000);
    expect(floor.ratio).toBeCloseTo(2.5);
    expect(floor.roomPerPage).toBeCloseTo((60_000 - 50_000) / 300);
  });

  it('alternates which side goes first, Dossier in the first run', () => {
    expect([0, 1, 2, 3].map(baselineFirst)).toEqual([false, true, false, true]);
  });
});

describe('marginal cost and targets', () => {
  const small = figures(1000, { kbCold: 10, kbWarm: 1, astro: 20, pagefind: 3, bAstro: 18, bPagefind: 2, bytes: 3e8, bBytes: 1e8 });
  const large = figures(5000, { kbCold: 50, kbWarm: 3, astro: 90, pagefind: 15, bAstro: 70, bPagefind: 10, bytes: 1.5e9, bBytes: 3e8, rss: 4200 });
  const sizes: SizeRuns[] = [{ n: 1000, runs: [small] }, { n: 5000, runs: [large] }];

  it('is the warm whole build per article between two sizes, against the baseline per article', () => {
    const [m] = marginals(sizes);
    expect(m!.dossierMs).toBeCloseTo(((108 - 24) * 1000) / 4000);
    expect(m!.baselineMs).toBeCloseTo(((80 - 20) * 1000) / 4000);
    expect(m!.dossierBytes).toBeCloseTo((1.5e9 - 3e8) / 4000);
  });

  it('marks each target met or not at every size, judging the 1.3 × on the warm build', () => {
    const text = formatTargets(sizes);
    expect(text).toMatch(/At N = 1000[^]*met {5}whole build, warm: 1\.20 × baseline/);
    expect(text).toMatch(/At N = 1000[^]*met {5}published output: 3\.00 ×/);
    expect(text).toMatch(/At N = 5000[^]*NOT MET whole build, warm: 1\.35 ×/);
    expect(text).toMatch(/At N = 5000[^]*NOT MET published output: 5\.00 ×/);
    expect(text).toMatch(/NOT MET largest process: 4\.10 GiB/);
    expect(text).toMatch(/NOT MET marginal cost per article, N=1000 → 5000: 21\.0 ms against 15\.0 ms = 1\.40 ×/);
    expect(largestProcessMiB(sizes[1]!)).toBe(4200);
  });

  it('lists the bytes of each page type beside the baseline, and the whole', () => {
    const rows = formatBytes(small);
    expect(rows.find((r) => r.startsWith('| articles |'))).toContain('| 3.00 |');
    expect(rows.at(-1)).toContain('**3.00**');
    expect(rows.some((r) => r.startsWith('| feeds |'))).toBe(false); // empty on both sides
  });
});
