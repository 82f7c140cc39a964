// `npm run ingest -- FILE… [--published YYYY-MM-DD] [--source NAME] [--url URL] [--content DIR]`: plain text → articles.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../src/kb/ingest/ingest.ts';
import { failedBeforeWriting, reportProblem } from './report-problem.ts';

const USAGE =
  'Usage: npm run ingest -- FILE… [--published YYYY-MM-DD] [--source NAME] [--url URL] [--content DIR]';

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
    console.error(`No file given: name the plain-text article(s) to ingest.\n${USAGE}`);
    return 1;
  }
  try {
    const results = ingestFiles(positionals, {
      contentDir: resolve(values.content ?? 'content'),
      ...(values.published !== undefined ? { published: values.published } : {}),
      ...(values.source !== undefined ? { source: values.source } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
    });
    for (const result of results) {
      const count = `${result.paragraphs} paragraph${result.paragraphs === 1 ? '' : 's'}`;
      console.log(result.status === 'created' ? `created ${result.target} (${count})` : `already ingested: ${result.target}`);
    }
    return 0;
  } catch (error) {
    // Several problems: the checks failed before any write; a single one: a file appeared while writing.
    return reportProblem(error, failedBeforeWriting(error) ? 'Nothing was written.' : undefined);
  }
}

process.exitCode = main();
