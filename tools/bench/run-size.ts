// One benchmark size: a synthetic corpus of N articles through Dossier's stages (ingest, kb cold, astro build,
// Pagefind), then kb with no change and kb after one more article, then the same pages through the bare
// baseline site; each stage in its own process, timed and accounted by the OS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBaselineSite } from './baseline-site.ts';
import { generateCorpus } from './corpus.ts';
import { measureQuery, type QueryBytes } from './query-bytes.ts';
import { dossierScratch, linkNodeModules, removeTree, tempRoot } from './scratch.ts';
import { siteStats, type SiteStats } from './site-stats.ts';
import { timed, tsNode, type StageUsage, type TimedRun } from './timed.ts';

export interface KbFigures {
  articles: number;
  created: number;
  analysed: number;
  cached: number;
  /** Of the cached: extractions carried over when the pages changed. */
  carried: number;
  runKbS: number;
  extractS: number;
  articlesPerS: number;
}

export interface SizeFigures {
  n: number;
  seed: number;
  dossier: { ingest: StageUsage; kb: StageUsage; astro: StageUsage; pagefind: StageUsage; site: SiteStats; query: QueryBytes };
  baseline: {
    astro: StageUsage;
    pagefind: StageUsage;
    site: SiteStats;
    query: QueryBytes;
    /** The same Astro build with Dossier's build.concurrency (the baseline proper keeps Astro's defaults). */
    astroTuned: StageUsage & { concurrency: number };
  };
  kbCold: KbFigures;
  kbNoChange: StageUsage & { kb: KbFigures };
  kbAddOne: StageUsage & { kb: KbFigures };
  /** kb after one more article from another story: its names are new, so it brings pages of its own. */
  kbAddNew: StageUsage & { kb: KbFigures };
  entityPages: number;
  /** 1, 5 and 15 minute load averages when the size finished: other work on the machine skews wall times. */
  loadAverage?: number[];
}

export type Progress = (message: string) => void;

const usage = (run: TimedRun<unknown>): StageUsage => ({ wallS: run.wallS, cpuS: run.cpuS, maxRssMiB: run.maxRssMiB });

/** The build.concurrency Dossier's astro.config.mjs sets (1, Astro's default, when it sets none). */
async function dossierConcurrency(repo: string): Promise<number> {
  const config = (await import(pathToFileURL(join(repo, 'astro.config.mjs')).href)) as { default: { build?: { concurrency?: number } } };
  return config.default.build?.concurrency ?? 1;
}

export async function runSize(repo: string, n: number, seed: number, progress: Progress, keep = false): Promise<SizeFigures> {
  const corpus = generateCorpus(n + 1, seed);
  const query = corpus.hubs.places[0] as string;
  const root = tempRoot(`n${n}`);
  const bare = tempRoot(`bare${n}`);
  const work = join(root, '.bench');
  const input = join(work, 'input');
  const extra = join(work, 'extra');
  const novel = join(work, 'novel');
  mkdirSync(input, { recursive: true });
  mkdirSync(extra, { recursive: true });
  mkdirSync(novel, { recursive: true });
  try {
    dossierScratch(repo, root);
    corpus.articles.forEach((article, i) => writeFileSync(join(i < n ? input : extra, article.file), article.text));
    // Another seed invents other hubs and people: an article of a story the corpus has not told yet.
    const other = generateCorpus(1, seed + 7919).articles[0]!;
    writeFileSync(join(novel, `novel-${other.file}`), other.text);
    const worker = async <T>(label: string, cwd: string, args: string[]): Promise<TimedRun<T>> => {
      progress(label);
      const result = join(work, `${label.replace(/\W+/g, '-')}.json`);
      const [command, argv] = tsNode(root, 'tools/bench/stage-worker.ts', [args[0] as string, result, ...args.slice(1)]);
      return timed<T>(command, argv, { cwd, log: join(work, 'stages.log'), resultFile: result });
    };
    const astro = (label: string, cwd: string, extra: string[] = [], env: Record<string, string> = {}) => {
      progress(label);
      return timed(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', ...extra], {
        cwd,
        log: join(work, 'astro.log'),
        env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
      });
    };

    const ingest = await worker('dossier ingest', root, ['ingest', input]);
    const kb = await worker<KbFigures>('dossier kb (cold)', root, ['kb']);
    const counts = writeBaselineSite(bare, root); // the pages of this build, before the incremental runs add more
    linkNodeModules(repo, bare);
    const dAstro = await astro('dossier astro build', root);
    const dPagefind = await worker('dossier pagefind', root, ['pagefind', join(root, 'dist')]);
    const dSite = siteStats(join(root, 'dist'));
    progress(`dossier query "${query}" in Chromium`);
    const dQuery = await measureQuery(join(root, 'dist'), query, '[data-search-results] > li');

    const kbNoChange = await worker<KbFigures>('dossier kb (no change)', root, ['kb']);
    await worker('dossier ingest one more', root, ['ingest', extra]);
    const kbAddOne = await worker<KbFigures>('dossier kb (one article added)', root, ['kb']);
    await worker('dossier ingest one with new names', root, ['ingest', novel]);
    const kbAddNew = await worker<KbFigures>('dossier kb (one article with new names)', root, ['kb']);

    const bAstro = await astro('baseline astro build', bare);
    const bPagefind = await worker('baseline pagefind', bare, ['pagefind-bare', join(bare, 'dist')]);
    const bSite = siteStats(join(bare, 'dist'));
    // The same bare site with Dossier's build.concurrency, so the ratio can also be read like for like.
    const concurrency = await dossierConcurrency(repo);
    const bAstroTuned = await astro(`baseline astro build, concurrency ${concurrency}`, bare, ['--outDir', 'dist-tuned'], { BASELINE_CONCURRENCY: String(concurrency) });
    progress(`baseline query "${query}" in Chromium`);
    const bQuery = await measureQuery(join(bare, 'dist'), query, 'body[data-done]');

    return {
      n,
      seed,
      dossier: { ingest: usage(ingest), kb: usage(kb), astro: usage(dAstro), pagefind: usage(dPagefind), site: dSite, query: dQuery },
      baseline: { astro: usage(bAstro), pagefind: usage(bPagefind), site: bSite, query: bQuery, astroTuned: { ...usage(bAstroTuned), concurrency } },
      kbCold: kb.result as KbFigures,
      kbNoChange: { ...usage(kbNoChange), kb: kbNoChange.result as KbFigures },
      kbAddOne: { ...usage(kbAddOne), kb: kbAddOne.result as KbFigures },
      kbAddNew: { ...usage(kbAddNew), kb: kbAddNew.result as KbFigures },
      entityPages: counts.entities,
      loadAverage: loadavg(),
    };
  } finally {
    if (keep) progress(`kept ${root} and ${bare}`);
    else {
      removeTree(root);
      removeTree(bare);
    }
  }
}
