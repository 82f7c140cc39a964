// The extraction's scores measured the way shared/corpus/README.md says (`npm run eval`: a copy of the project with
// its committed content, the texts ingested, the real build, dist/kb.json scored): one build for the shared corpus
// with the seed (read from ../shared beside the project, where CI keeps them; never copied into the project) and one
// for this project's own annotated texts in test/fixtures/extraction-corpus. A "site" test: it builds sites.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { goldTexts, runEval, totals, type EvalReport, type TypeTotals } from '../../../tools/eval/run-eval.ts';
import type { ScoredType } from '../../../tools/eval/score.ts';
import { buildEnv } from '../../helpers/build-env.ts';

const shared = join(process.cwd(), '..', 'shared');
const hasShared = existsSync(join(shared, 'seed')) && existsSync(join(shared, 'corpus'));

type Floors = Partial<Record<ScoredType, { recall: number; precision?: number }>>;

function expectAtLeast(overall: Record<ScoredType, TypeTotals>, floors: Floors) {
  for (const [type, floor] of Object.entries(floors)) {
    const total = overall[type as ScoredType];
    expect(total.recall, `${type} recall`).toBeGreaterThanOrEqual(floor.recall);
    if (floor.precision !== undefined) expect(total.precision, `${type} precision`).toBeGreaterThanOrEqual(floor.precision);
  }
}

const evaluate = (dirs: string[]) => runEval(dirs, { env: buildEnv(), log: () => {} });

describe.runIf(hasShared)('extraction scores on the shared corpus with the seed', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await evaluate([join(shared, 'corpus'), join(shared, 'seed')]);
  });

  it('the seed: every party, place and date, at least 4 of 5 issues', () => {
    const seedTexts = new Set(goldTexts([join(shared, 'seed')]).map(({ text }) => basename(text)));
    const seed = totals(report.articles.filter((article) => seedTexts.has(article.text)));
    expect(seed.party.required).toBeGreaterThan(0);
    expectAtLeast(seed, { party: { recall: 1, precision: 0.9 }, place: { recall: 1, precision: 0.9 }, date: { recall: 1, precision: 0.9 } });
    expect(seed.issue.requiredMatched).toBeGreaterThanOrEqual(4);
  });

  // Floors at the figures measured through the build with the committed content (party 167/168 and 201/206, place
  // 39/40 and 62/62, date 38/38 and 43/43, issue 74/97 and 96/134, positions 32/76 and 36/59 once stances were
  // read as news English states them), with a little room; no change may make extraction worse, better extraction
  // raises them. Issue precision fell from 44/50 as recall doubled: the new matters are mostly real but unannotated.
  it('every type, positions included, at least as well as measured', () => {
    expectAtLeast(report.overall, {
      party: { recall: 0.97, precision: 0.95 }, place: { recall: 0.95, precision: 0.95 }, date: { recall: 0.97, precision: 0.95 },
      issue: { recall: 0.75, precision: 0.7 }, position: { recall: 0.41, precision: 0.6 },
    });
  });

  // Issue 16's measure of the review: of the pages kb creates, at least 80 % of those matching no gold item carry a
  // doubt, at most 25 % of those matching one (measured 37/45 and 64/311 when written).
  it('doubts most wrong new pages and few right ones', () => {
    const { wrong, right } = report.doubts;
    expect(wrong.pages).toBeGreaterThan(0);
    expect(wrong.doubted / wrong.pages, `wrong pages without a doubt: ${wrong.names.join('; ')}`).toBeGreaterThanOrEqual(0.8);
    expect(right.doubted / right.pages, `right pages with a doubt: ${right.names.join('; ')}`).toBeLessThanOrEqual(0.25);
  });
});

describe('extraction scores on the project\'s own annotated texts from other negotiations and outlets', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await evaluate([join(process.cwd(), 'test', 'fixtures', 'extraction-corpus')]);
  });

  // Floors at the figures measured through the build (party 68/69 and 73/73, place 39/39 and 40/40, date 26/26
  // and 30/30, issue 30/32 and 34/37), with a little room. The texts annotate no positions.
  it('every type at least as well as measured', () => {
    expectAtLeast(report.overall, {
      party: { recall: 0.97, precision: 0.97 }, place: { recall: 0.97, precision: 0.97 }, date: { recall: 0.97, precision: 0.97 },
      issue: { recall: 0.9, precision: 0.9 },
    });
  });
});
