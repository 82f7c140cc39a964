// `npm run eval -- DIR… [--json]`: scores extraction against the gold annotations of corpus folders, through a
// real build of a temporary copy of the project (see tools/eval/run-eval.ts); prints a table per article and
// type (positions included), what was missed and what was extra. Progress goes to stderr.
import { parseArgs } from 'node:util';
import { runEval } from '../tools/eval/run-eval.ts';
import { SCORED_TYPES } from '../tools/eval/score.ts';
import { reportProblem } from './report-problem.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
if (positionals.length === 0) {
  console.error('Usage: npm run eval -- DIR… [--json]   (folders of *.txt articles with a .gold.json beside each)');
  process.exit(2);
}
const percent = (value: number) => `${(value * 100).toFixed(0).padStart(3)}%`;
try {
  const report = await runEval(positionals);
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const article of report.articles) {
      console.log(`\n${article.text}`);
      for (const type of SCORED_TYPES) {
        const score = article.score[type];
        if (score.annotated === false) {
          console.log(`  ${type.padEnd(8)} not annotated`);
          continue;
        }
        console.log(`  ${type.padEnd(8)} recall ${percent(score.recall)}  precision ${percent(score.precision)}` +
          `${score.missed.length ? `  missed: ${score.missed.join('; ')}` : ''}` +
          `${score.extra.length ? `  extra: ${score.extra.join('; ')}` : ''}`);
      }
    }
    console.log(`\nOverall (${report.articles.length} articles, measured through the build in ${report.seconds.toFixed(0)} s)`);
    for (const [type, total] of Object.entries(report.overall)) {
      console.log(`  ${type.padEnd(8)} recall ${percent(total.recall)} (${total.requiredMatched}/${total.required})  precision ${percent(total.precision)} (${total.foundMatched}/${total.found})`);
    }
    const { wrong, right } = report.doubts;
    const share = (side: { pages: number; doubted: number }) => `${side.doubted}/${side.pages} (${percent(side.pages === 0 ? 0 : side.doubted / side.pages).trim()})`;
    console.log(`\nDoubts on the ${wrong.pages + right.pages} pages kb created: wrong pages (matching no gold item) with a doubt ${share(wrong)}, right pages with a doubt ${share(right)}`);
    if (wrong.names.length > 0) console.log(`  wrong, no doubt: ${wrong.names.join('; ')}`);
    if (right.names.length > 0) console.log(`  right, doubted: ${right.names.join('; ')}`);
  }
} catch (error) {
  process.exitCode = reportProblem(error);
}
