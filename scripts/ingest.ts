// `npm run ingest -- FILE|FOLDER|URL… [--feed URL|FILE [--since YYYY-MM-DD]] [--published …] [--source …] [--url …] [--content DIR]`:
// plain-text articles, saved web pages, web addresses and a feed's new items → content/articles/, one result per input.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DossierError } from '../src/kb/errors.ts';
import { displayPath } from '../src/kb/fs/display-path.ts';
import { decodeHtml } from '../src/kb/ingest/decode-html.ts';
import { feedItems, ingestedUrls } from '../src/kb/ingest/feed-items.ts';
import { fetchResource } from '../src/kb/ingest/fetch-resource.ts';
import { fileSources, ingestSources, type IngestOutcome } from '../src/kb/ingest/ingest.ts';
import { fetchedSources, isWebAddress } from '../src/kb/ingest/web-sources.ts';
import { isRealDay } from '../src/kb/schemas/fields.ts';
import { progressBar } from './progress.ts';
import { reportProblem } from './report-problem.ts';

const USAGE =
  'Usage: npm run ingest -- FILE|FOLDER|URL… [--feed URL|FILE [--since YYYY-MM-DD]] [--published YYYY-MM-DD] [--source NAME] [--url URL] [--content DIR]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        content: { type: 'string' },
        feed: { type: 'string' },
        since: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  if (positionals.length === 0 && values.feed === undefined) {
    console.error(`No file given: name the article file(s), folder(s), web address(es) or a --feed to ingest.\n${USAGE}`);
    return 1;
  }
  if (values.since !== undefined && values.feed === undefined) {
    console.error(`--since applies to a feed's items: give --feed URL|FILE too.\n${USAGE}`);
    return 1;
  }
  const contentDir = resolve(values.content ?? 'content');
  try {
    const addresses = positionals.filter(isWebAddress);
    if (values.feed !== undefined) addresses.push(...(await newFeedItems(values.feed, contentDir, values.since)));
    const sources = [
      ...fileSources(positionals.filter((argument) => !isWebAddress(argument))),
      ...(await fetchedSources(addresses, progressBar('fetching'))),
    ];
    if (sources.length === 0 && values.feed === undefined) {
      console.error('Nothing to ingest: the folders given hold no .txt, .html or .htm file.');
      return 1;
    }
    const outcomes = ingestSources(sources, {
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

/** The feed's items not ingested yet (those that are, by address, are said so); `since` leaves out older ones. */
async function newFeedItems(feed: string, contentDir: string, since: string | undefined): Promise<string[]> {
  if (since !== undefined && !isRealDay(since)) {
    throw new DossierError(`The --since value \`${since}\` is not a date written YYYY-MM-DD.`, 'Write the first day to take, as in --since 2024-08-25.', {});
  }
  const text = isWebAddress(feed) ? await fetchFeed(feed) : readFeedFile(feed);
  const ingested = ingestedUrls(contentDir);
  const items = feedItems(text, isWebAddress(feed) ? feed : displayPath(feed), since);
  for (const item of items) if (ingested.has(item.url)) console.log(`already ingested: ${item.url}`);
  return items.filter((item) => !ingested.has(item.url)).map((item) => item.url);
}

async function fetchFeed(address: string): Promise<string> {
  const fetched = await fetchResource(address, 'feed');
  return decodeHtml(fetched.bytes, address, fetched.contentType);
}

function readFeedFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DossierError(`The feed file cannot be read (${(error as Error).message}).`, 'Check the path and try again.', { file: displayPath(path) });
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

process.exitCode = await main();
