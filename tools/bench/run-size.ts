// One run of one benchmark size: a synthetic corpus of N articles through Dossier's stages (ingest, kb cold, astro
// build, Pagefind), kb warm as `npm run build` runs it, kb with no change and after one more article; and the
// same pages through the bare baseline site, before or after Dossier; each stage in its own process, timed and
// accounted by the OS.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBaselineSite } from './baseline-site.ts';
import { corpusOf } from './corpora.ts';
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
  /** The corpus kind (corpora.ts). */
  kind: string;
  /** Whether this run built the baseline before Dossier. */
  baselineFirst: boolean;
  /** kb is the cold run (empty cache, scaffolds the pages); kbWarm the kb stage of `npm run build` after it. */
  dossier: { ingest: StageUsage; kb: StageUsage; kbWarm: StageUsage; astro: StageUsage; pagefind: StageUsage; site: SiteStats; query: QueryBytes };
  baseline: {
    astro: StageUsage;
    pagefind: StageUsage;
    site: SiteStats;
    query: QueryBytes;
    /** The same Astro build with Dossier's build.concurrency (the baseline proper keeps Astro's defaults). */
    astroTuned: StageUsage & { concurrency: number };
  };
  kbCold: KbFigures;
  kbWarm: KbFigures;
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

export interface RunOptions {
  /** The corpus kind (corpora.ts). */
  kind: string;
  /** Build the bare baseline before Dossier (paired runs alternate the order, so neither always meets a warmer machine). */
  baselineFirst: boolean;
  /**
   * A folder whose content/ holds the pages the baseline is built from: filled by the first Dossier run of a size
   * (its articles and the entity pages its cold kb created), read by every later run, so a run that builds the
   * baseline first has them.
   */
  snapshot: string;
}

const CONTENT_FOLDERS = ['articles', 'parties', 'places', 'dates', 'issues'];

/** Copies the pages of a Dossier project into `snapshot`/content, once. */
function snapshotContent(root: string, snapshot: string): void {
  if (existsSync(join(snapshot, 'content'))) return;
  for (const folder of CONTENT_FOLDERS) cpSync(join(root, 'content', folder), join(snapshot, 'content', folder), { recursive: true });
}

export async function runSize(repo: string, n: number, seed: number, progress: Progress, keep = false, options: Partial<RunOptions> = {}): Promise<SizeFigures> {
  const kind = options.kind ?? 'wire';
  const corpus = corpusOf(kind, n + 1, seed);
  const query = corpus.hubs.places[0] as string;
  const root = tempRoot(`n${n}`);
  const bare = tempRoot(`bare${n}`);
  const snapshot = options.snapshot ?? tempRoot(`content${n}`);
  if (options.baselineFirst && !existsSync(join(snapshot, 'content'))) throw new Error(`runSize: the baseline can go first only with the content of an earlier run in ${snapshot}`);
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
    const other = corpusOf(kind, 1, seed + 7919).articles[0]!;
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

    const dossier = async () => {
      const ingest = await worker('dossier ingest', root, ['ingest', input]);
      const kb = await worker<KbFigures>('dossier kb (cold)', root, ['kb']);
      snapshotContent(root, snapshot); // the pages of this build, before the incremental runs add more
      const dAstro = await astro('dossier astro build', root);
      const dPagefind = await worker('dossier pagefind', root, ['pagefind', join(root, 'dist')]);
      const site = siteStats(join(root, 'dist'));
      progress(`dossier query "${query}" in Chromium`);
      const dQuery = await measureQuery(join(root, 'dist'), query, '[data-search-results] > li');
      // CI's flow: the pages were scaffolded and committed by an editor's `npm run kb`, CI restores .cache/ and
      // runs `npm run build`, whose first stage is runKb itself (no up-to-date shortcut).
      const kbWarm = await worker<KbFigures>('dossier kb (warm cache, as npm run build runs it)', root, ['kb-build']);
      const kbNoChange = await worker<KbFigures>('dossier kb (no change)', root, ['kb']);
      await worker('dossier ingest one more', root, ['ingest', extra]);
      const kbAddOne = await worker<KbFigures>('dossier kb (one article added)', root, ['kb']);
      await worker('dossier ingest one with new names', root, ['ingest', novel]);
      const kbAddNew = await worker<KbFigures>('dossier kb (one article with new names)', root, ['kb']);
      return { ingest, kb, dAstro, dPagefind, site, dQuery, kbWarm, kbNoChange, kbAddOne, kbAddNew };
    };
    const baseline = async () => {
      const counts = writeBaselineSite(bare, snapshot);
      linkNodeModules(repo, bare);
      const bAstro = await astro('baseline astro build', bare);
      const bPagefind = await worker('baseline pagefind', bare, ['pagefind-bare', join(bare, 'dist')]);
      const site = siteStats(join(bare, 'dist'));
      // The same bare site with Dossier's build.concurrency, so the ratio can also be read like for like.
      const concurrency = await dossierConcurrency(repo);
      const bAstroTuned = await astro(`baseline astro build, concurrency ${concurrency}`, bare, ['--outDir', 'dist-tuned'], { BASELINE_CONCURRENCY: String(concurrency) });
      progress(`baseline query "${query}" in Chromium`);
      const bQuery = await measureQuery(join(bare, 'dist'), query, 'body[data-done]');
      return { counts, bAstro, bPagefind, site, bAstroTuned, concurrency, bQuery };
    };
    let d: Awaited<ReturnType<typeof dossier>>;
    let b: Awaited<ReturnType<typeof baseline>>;
    if (options.baselineFirst) {
      b = await baseline();
      d = await dossier();
    } else {
      d = await dossier();
      b = await baseline();
    }

    return {
      n,
      seed,
      kind,
      baselineFirst: options.baselineFirst ?? false,
      dossier: { ingest: usage(d.ingest), kb: usage(d.kb), kbWarm: usage(d.kbWarm), astro: usage(d.dAstro), pagefind: usage(d.dPagefind), site: d.site, query: d.dQuery },
      baseline: { astro: usage(b.bAstro), pagefind: usage(b.bPagefind), site: b.site, query: b.bQuery, astroTuned: { ...usage(b.bAstroTuned), concurrency: b.concurrency } },
      kbCold: d.kb.result as KbFigures,
      kbWarm: d.kbWarm.result as KbFigures,
      kbNoChange: { ...usage(d.kbNoChange), kb: d.kbNoChange.result as KbFigures },
      kbAddOne: { ...usage(d.kbAddOne), kb: d.kbAddOne.result as KbFigures },
      kbAddNew: { ...usage(d.kbAddNew), kb: d.kbAddNew.result as KbFigures },
      entityPages: b.counts.entities,
      loadAverage: loadavg(),
    };
  } finally {
    if (keep) progress(`kept ${root} and ${bare}`);
    else {
      removeTree(root);
      removeTree(bare);
      if (!options.snapshot) removeTree(snapshot);
    }
  }
}
