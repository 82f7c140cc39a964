// The evaluation: ingests a folder of corpus texts into a temporary content tree, runs the same kb step
// and extraction the build runs, reads each article's entities the way kb.json lists them, and scores
// them against the gold annotation beside each text. Never touches the project's content/.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { kbJson } from '../../src/kb/graph/kb-json.ts';
import { ingestFiles } from '../../src/kb/ingest/ingest.ts';
import { noAnalysisCache } from '../../src/kb/pipeline/extract-all.ts';
import { knowledgeFromDisk } from '../../src/kb/pipeline/knowledge-from-disk.ts';
import { runKb } from '../../src/kb/pipeline/run-kb.ts';
import type { EntityType } from '../../src/kb/types.ts';
import { scoreArticle, type ArticleScore, type FoundEntity, type Gold } from './score.ts';

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
  overall: Record<EntityType, TypeTotals>;
}

/** Every *.txt with a .gold.json beside it, in the given folders. */
export function goldTexts(dirs: string[]): { text: string; gold: Gold & { published?: string } }[] {
  const out: { text: string; gold: Gold & { published?: string } }[] = [];
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

export async function runEval(dirs: string[]): Promise<EvalReport> {
  const texts = goldTexts(dirs);
  const root = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  try {
    const slugOf = new Map<string, string>();
    for (const { text, gold } of texts) {
      // A text without a `published:` line (the seed) takes the date its gold annotation records.
      const header = readFileSync(text, 'utf8').split(/\r?\n/, 8).some((line) => /^published:/.test(line));
      const options = header || !gold.published ? {} : { published: gold.published };
      const [result] = ingestFiles([text], { contentDir: join(root, 'content'), ...options });
      slugOf.set(text, result!.slug);
    }
    await runKb(root, { cache: noAnalysisCache });
    const kb = kbJson(knowledgeFromDisk(root, noAnalysisCache), '/');

    const found = new Map<string, FoundEntity[]>();
    for (const entity of kb.entities) {
      const articles = new Set(entity.mentions.map((mention) => mention.article));
      for (const slug of articles) {
        const list = found.get(slug) ?? [];
        list.push({
          type: entity.type as EntityType,
          name: entity.name,
          aliases: entity.aliases,
          ...(entity.date ? { date: entity.date } : {}),
        });
        found.set(slug, list);
      }
    }
    const articles: ArticleEval[] = texts.map(({ text, gold }) => {
      const slug = slugOf.get(text)!;
      return { text: basename(text), slug, score: scoreArticle(found.get(slug) ?? [], gold) };
    });
    return { articles, overall: totals(articles) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function totals(articles: ArticleEval[]): Record<EntityType, TypeTotals> {
  const out = {} as Record<EntityType, TypeTotals>;
  for (const type of ['party', 'place', 'date', 'issue'] as const) {
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
