// The evaluation, the way shared/corpus/README.md measures: a temporary copy of the project with its committed
// content (content/ as in git at HEAD), the corpus texts ingested into it together, the real build
// (scripts/build.ts: kb, astro build, Pagefind), and each article's entities and positions read from the built
// dist/kb.json and scored against the gold annotation beside each text. Never touches the project's own
// content/ or dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { KbJson } from '../../src/kb/graph/kb-json.ts';
import { ingestFiles } from '../../src/kb/ingest/ingest.ts';
import { dossierScratch, removeTree } from '../bench/scratch.ts';
import { scoreDoubts, type CreatedPage, type DoubtScore } from './doubt-score.ts';
import { SCORED_TYPES, scoreArticle, type ArticleScore, type FoundEntity, type FoundPosition, type Gold, type ScoredType } from './score.ts';

export interface ArticleEval {
  /** The text's file name. */
  text: string;
  slug: string;
  score: ArticleScore;
}

export interface TypeTotals {
  requiredMatched: number;
  required: number;
  foundMatched: number;
  found: number;
  recall: number;
  precision: number;
}

export interface EvalReport {
  articles: ArticleEval[];
  overall: Record<ScoredType, TypeTotals>;
  /** The pages `kb -- --json` created for the texts, wrong (matching no gold item) and right, and how many carry a doubt. */
  doubts: DoubtScore;
  /** Wall time of the whole evaluation, in seconds. */
  seconds: number;
}

export interface EvalOptions {
  /** The project to copy (default: the one this file belongs to). */
  repo?: string;
  /** The build's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Where progress lines go (default: stderr). */
  log?: (line: string) => void;
}

type GoldFile = Gold & { published?: string };

/** Every *.txt with a .gold.json beside it, in the given folders. */
export function goldTexts(dirs: string[]): { text: string; gold: GoldFile }[] {
  const out: { text: string; gold: GoldFile }[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const goldFile = join(dir, name.replace(/\.txt$/, '.gold.json'));
      if (!existsSync(goldFile)) continue;
      out.push({ text: join(dir, name), gold: JSON.parse(readFileSync(goldFile, 'utf8')) });
    }
  }
  return out;
}

/**
 * content/ as committed (git HEAD), not the working tree's: pages a local `npm run kb` wrote and edits not yet
 * committed would otherwise make the scores depend on the state of one checkout.
 */
function copyCommittedContent(repo: string, root: string): void {
  const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD', 'content'], { cwd: repo, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive HEAD content failed in ${repo}: ${archive.stderr.toString().trim()}`);
  const untar = spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar could not unpack the committed content: ${untar.stderr.toString().trim()}`);
}

const SHOWN = /^(kb:|astro build:|pagefind:|published|\s*\S*\s*\[build\] \d+ page|extracting \d)/;

/** Runs scripts/build.ts in `root`, passing its stage lines to `log`; throws with the whole output if it fails. */
function build(root: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...env, DOSSIER_OUT_DIR: join(root, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    let created = 0;
    const take = (chunk: Buffer) => {
      for (const raw of chunk.toString('utf8').split(/\r?\n|\r/)) {
        const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
        if (!line.trim()) continue;
        output.push(line);
        if (/^\s+created /.test(line)) created++;
        else if (SHOWN.test(line)) log(`  ${line.trim()}${line.startsWith('kb:') && created ? ` (${created} pages created)` : ''}`);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`The evaluation's build failed (exit ${code}) in ${root}:\n${output.slice(-60).join('\n')}`));
    });
  });
}

export async function runEval(dirs: string[], options: EvalOptions = {}): Promise<EvalReport> {
  const started = performance.now();
  const repo = options.repo ?? resolve(import.meta.dirname, '..', '..');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const texts = goldTexts(dirs);
  const root = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  try {
    log(`eval: copying the project and its committed content to ${root}`);
    dossierScratch(repo, root);
    copyCommittedContent(repo, root);

    const slugOf = new Map<string, string>();
    for (const { text, gold } of texts) {
      // A text without a `published:` line (the seed) takes the date its gold annotation records.
      const header = readFileSync(text, 'utf8').split(/\r?\n/, 8).some((line) => /^published:/.test(line));
      const published = header || !gold.published ? {} : { published: gold.published };
      const [result] = ingestFiles([text], { contentDir: join(root, 'content'), ...published });
      slugOf.set(text, result!.slug);
    }
    log(`eval: ${texts.length} texts ingested (${elapsed()}); creating their pages (kb -- --json)`);
    const created = createdPages(root, options.env ?? process.env);
    log(`eval: ${created.length} pages created (${elapsed()}); building the site`);
    await build(root, options.env ?? process.env, log);
    log(`eval: built (${elapsed()}); scoring dist/kb.json`);

    const kb = JSON.parse(readFileSync(join(root, 'dist', 'kb.json'), 'utf8')) as KbJson;
    const { entitiesIn, positionsIn } = byArticle(kb);
    const articles: ArticleEval[] = texts.map(({ text, gold }) => {
      const slug = slugOf.get(text)!;
      return { text: basename(text), slug, score: scoreArticle(entitiesIn.get(slug) ?? [], gold, positionsIn.get(slug) ?? []) };
    });
    const goldBySlug = new Map(texts.map(({ text, gold }) => [slugOf.get(text)!, gold]));
    const doubts = scoreDoubts(created, (slug) => goldBySlug.get(slug));
    return { articles, overall: totals(articles), doubts, seconds: (performance.now() - started) / 1000 };
  } finally {
    removeTree(root);
  }
}

/** `npm run kb -- --json` in `root`: the pages it created, with their doubts (the build's own kb then has nothing to do). */
function createdPages(root: string, env: NodeJS.ProcessEnv): CreatedPage[] {
  const run = spawnSync(process.execPath, ['scripts/kb.ts', '--json'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`kb -- --json failed (exit ${run.status}) in ${root}:\n${run.stderr.split('\n').slice(-30).join('\n')}`);
  return (JSON.parse(run.stdout) as { created: CreatedPage[] }).created;
}

/** kb.json read per article: the entities with a mention in it, and the positions it gives. */
function byArticle(kb: KbJson): { entitiesIn: Map<string, FoundEntity[]>; positionsIn: Map<string, FoundPosition[]> } {
  const byKey = new Map<string, FoundEntity>();
  const entitiesIn = new Map<string, FoundEntity[]>();
  for (const entity of kb.entities as (KbJson['entities'][number] & { opposites?: string[] })[]) {
    const found: FoundEntity = {
      type: entity.type as FoundEntity['type'],
      name: entity.name,
      aliases: entity.aliases,
      ...(entity.date ? { date: entity.date } : {}),
      ...(entity.opposites ? { opposites: entity.opposites } : {}),
    };
    byKey.set(`${entity.type}/${entity.slug}`, found);
    for (const slug of new Set(entity.mentions.map((mention) => mention.article))) {
      entitiesIn.set(slug, [...(entitiesIn.get(slug) ?? []), found]);
    }
  }
  const positionsIn = new Map<string, FoundPosition[]>();
  for (const position of kb.positions) {
    const party = byKey.get(position.party);
    const issue = byKey.get(position.issue);
    if (!party || !issue) throw new Error(`kb.json gives a position of ${position.party} on ${position.issue}, which are not both among its entities.`);
    positionsIn.set(position.article, [...(positionsIn.get(position.article) ?? []), { party, issue, stance: position.stance }]);
  }
  return { entitiesIn, positionsIn };
}

/** Each type's counts pooled over `articles`, and the ratios of the pooled counts. */
export function totals(articles: ArticleEval[]): Record<ScoredType, TypeTotals> {
  const out = {} as Record<ScoredType, TypeTotals>;
  for (const type of SCORED_TYPES) {
    const sum = { requiredMatched: 0, required: 0, foundMatched: 0, found: 0 };
    for (const article of articles) {
      const score = article.score[type];
      sum.requiredMatched += score.requiredMatched;
      sum.required += score.required;
      sum.foundMatched += score.foundMatched;
      sum.found += score.found;
    }
    out[type] = {
      ...sum,
      recall: sum.required === 0 ? 1 : sum.requiredMatched / sum.required,
      precision: sum.found === 0 ? 1 : sum.foundMatched / sum.found,
    };
  }
  return out;
}
