// `npm run ingest -- FILE|FOLDER… [--published …] [--source …] [--url …] [--content DIR]`: plain-text articles and
// saved web pages → content/articles/, one result per input.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileSources, ingestSources, type IngestOutcome } from '../src/kb/ingest/ingest.ts';
import { progressBar } from './progress.ts';
import { reportProblem } from './report-problem.ts';

const USAGE = 'Usage: npm run ingest -- FILE|FOLDER… [--published YYYY-MM-DD] [--source NAME] [--url URL] [--content DIR]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        content: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  if (positionals.length === 0) {
    console.error(`No file given: name the article file(s) or folder(s) to ingest.\n${USAGE}`);
    return 1;
  }
  const contentDir = resolve(values.content ?? 'content');
  try {
    const outcomes = ingestSources(fileSources(positionals), {
      contentDir,
      onProgress: progressBar('ingesting'),
      ...(values.published !== undefined ? { published: values.published } : {}),
      ...(values.source !== undefined ? { source: values.source } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
    });
    return report(outcomes);
  } catch (error) {
    return reportProblem(error, 'Nothing was written.');
  }
}

/** One line per input on stdout (problems on stderr), a count when there were several; 1 when any failed. */
function report(outcomes: IngestOutcome[]): number {
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') {
      failed++;
      reportProblem(outcome.error);
    } else if (outcome.status === 'already-ingested') {
      console.log(`already ingested: ${outcome.target}`);
    } else {
      const count = `${outcome.paragraphs} paragraph${outcome.paragraphs === 1 ? '' : 's'}`;
      console.log(`created ${outcome.target} (${count}${outcome.copyOf ? `, a syndicated copy of ${outcome.copyOf}` : ''})`);
    }
  }
  if (outcomes.length > 1 || failed > 0) {
    const created = outcomes.filter((outcome) => outcome.status === 'created').length;
    console.error(`ingest: ${created} created, ${outcomes.length - created - failed} already ingested, ${failed} failed${failed > 0 ? ': fix the files named above and ingest them again' : ''}.`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
