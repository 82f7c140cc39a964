// `npm run kb`: scaffold an entity page for every party, place, date and issue the articles name that has
// none yet, and show the new pages as a table, doubtful first. `npm run kb -- --check` only lists them and exits 1
// when any is missing (for pull requests). `--json` prints one JSON object on stdout (created pages with their
// doubts and notes, missing pages, homonyms) and sends every other line to stderr.
import { parseArgs } from 'node:util';
import { keepCompiledModules } from '../src/kb/cache/compiled-modules.ts';

// The engine is imported after this, so its compiled modules are kept between runs.
keepCompiledModules(process.cwd());
const { reportProblem } = await import('./report-problem.ts');
const { upToDateResult } = await import('../src/kb/pipeline/up-to-date-result.ts');
const { progressBar } = await import('./progress.ts');
const { createdEntries, reviewTable } = await import('../src/kb/review/report.ts');

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
// With --json, standard output carries the JSON object alone: every line for people goes to standard error.
const say = values.json ? console.error : console.log;
const started = performance.now();
try {
  // When nothing changed since the last complete run, answer without loading the extraction engine at all.
  let result = upToDateResult(process.cwd());
  if (!result) {
    const { runKb } = await import('../src/kb/pipeline/run-kb.ts');
    result = await runKb(process.cwd(), { check: values.check, progress: progressBar('extracting'), recordChecked: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const homonym of result.homonyms) {
    console.warn(
      `warning: content/articles/${homonym.article}.md paragraph ${homonym.paragraph}: "${homonym.surface}" could be ` +
        `${homonym.candidates.join(' or ')}; it is left unlinked. Name the entity in full in the article, or move the ` +
        'spelling to one page\'s aliases.',
    );
  }
  const summary = `${result.articles} articles (${result.stats.analysed} analysed, ${result.stats.cached} from cache), ${result.pages} pages, ${seconds} s`;
  if (values.check) {
    if (result.missing.length === 0) {
      say(`kb --check: every entity has a page. ${summary}`);
    } else {
      console.error(`kb --check: ${result.missing.length} page${result.missing.length === 1 ? ' is' : 's are'} missing:`);
      for (const page of result.missing) console.error(`  ${page.file}  (named in ${page.articles.join(', ')})`);
      console.error('Run `npm run kb` to create them, review them, and commit them.');
      process.exitCode = 1;
    }
  } else {
    for (const page of result.missing) say(`created ${page.file}`);
    const table = reviewTable(result.created);
    if (table && !values.json) say(`\n${table}\n`);
    say(`kb: ${result.missing.length} page${result.missing.length === 1 ? '' : 's'} created. ${summary}`);
  }
  if (values.json) {
    const missing = values.check ? result.missing.map((page) => ({ file: page.file, articles: page.articles })) : [];
    console.log(JSON.stringify({ created: values.check ? [] : createdEntries(result.created), missing, homonyms: result.homonyms }, null, 2));
  }
} catch (error) {
  process.exitCode = reportProblem(error);
}
