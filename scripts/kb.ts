// `npm run kb`: scaffold an entity page for every party, place, date and issue the articles name that has
// none yet. `npm run kb -- --check` only lists them and exits 1 when any is missing (for pull requests).
import { parseArgs } from 'node:util';
import { keepCompiledModules } from '../src/kb/cache/compiled-modules.ts';

// The engine is imported after this, so its compiled modules are kept between runs.
keepCompiledModules(process.cwd());
const { reportProblem } = await import('./report-problem.ts');
const { upToDateResult } = await import('../src/kb/pipeline/up-to-date-result.ts');
const { progressBar } = await import('./progress.ts');

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
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
      console.log(`kb --check: every entity has a page. ${summary}`);
    } else {
      console.error(`kb --check: ${result.missing.length} page${result.missing.length === 1 ? ' is' : 's are'} missing:`);
      for (const page of result.missing) console.error(`  ${page.file}  (named in ${page.articles.join(', ')})`);
      console.error('Run `npm run kb` to create them, review them, and commit them.');
      process.exitCode = 1;
    }
  } else {
    for (const page of result.missing) console.log(`created ${page.file}`);
    console.log(`kb: ${result.missing.length} page${result.missing.length === 1 ? '' : 's'} created. ${summary}`);
  }
} catch (error) {
  process.exitCode = reportProblem(error);
}
