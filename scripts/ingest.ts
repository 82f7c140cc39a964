// `npm run ingest -- FILE… [--published YYYY-MM-DD] [--source NAME] [--url URL] [--content DIR]`: plain text → articles.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DossierError, DossierErrors } from '../src/kb/errors.ts';
import { ingestFiles } from '../src/kb/ingest/ingest.ts';

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
    // DossierErrors: the checks failed before any write; a lone DossierError: a file appeared while writing.
    if (error instanceof DossierErrors) {
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    if (error instanceof DossierError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
