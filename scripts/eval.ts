// `npm run eval -- DIR… [--json]`: scores extraction against the gold annotations of corpus folders
// (see tools/eval/run-eval.ts); prints a table per article and type, what was missed and what was extra.
import { parseArgs } from 'node:util';
import { runEval } from '../tools/eval/run-eval.ts';
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
      for (const type of ['party', 'place', 'date', 'issue'] as const) {
        const score = article.score[type];
        console.log(`  ${type.padEnd(6)} recall ${percent(score.recall)}  precision ${percent(score.precision)}` +
          `${score.missed.length ? `  missed: ${score.missed.join('; ')}` : ''}` +
          `${score.extra.length ? `  extra: ${score.extra.join('; ')}` : ''}`);
      }
    }
    console.log(`\nOverall (${report.articles.length} articles)`);
    for (const [type, total] of Object.entries(report.overall)) {
      console.log(`  ${type.padEnd(6)} recall ${percent(total.recall)} (${total.requiredMatched}/${total.required})  precision ${percent(total.precision)} (${total.foundMatched}/${total.found})`);
    }
  }
} catch (error) {
  process.exitCode = reportProblem(error);
}
