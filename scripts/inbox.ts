// `npm run inbox [-- FILE…]`: ingests the plain-text articles in inbox/ and scaffolds their entity pages (the pull-request workflow runs it for editors).
//
// Named files are ingested strictly, exactly like `npm run ingest`. Without names, every inbox/*.txt is taken, and a
// file whose article already exists is skipped: the article may have been corrected since, and the inbox file is
// only the original a person wrote, which is never moved, rewritten or deleted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DossierError } from '../src/kb/errors.ts';
import { displayPath } from '../src/kb/fs/display-path.ts';
import { ingestEach } from '../src/kb/ingest/ingest.ts';
import { parsePlainTextFile } from '../src/kb/ingest/parse-plain-text.ts';
import { articleSlug } from '../src/kb/text/slug.ts';
import { runKb } from '../src/kb/pipeline/run-kb.ts';
import { progressBar } from './progress.ts';
import { reportProblem } from './report-problem.ts';

const root = process.cwd();
const contentDir = join(root, 'content');
const inboxDir = join(root, 'inbox');

/** The article file a plain-text file becomes, or undefined when it does not parse (ingest then says why). */
function targetOf(file: string): string | undefined {
  try {
    const article = parsePlainTextFile(readFileSync(file), displayPath(file));
    return join(contentDir, 'articles', `${articleSlug(article.published, article.title)}.md`);
  } catch (error) {
    if (error instanceof DossierError) return undefined;
    throw error;
  }
}

function inboxFiles(): string[] {
  if (!existsSync(inboxDir)) return [];
  return readdirSync(inboxDir)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('.'))
    .sort()
    .map((name) => join(inboxDir, name));
}

async function main(): Promise<number> {
  const named = process.argv.slice(2).filter((arg) => arg !== '--');
  let files: string[];
  if (named.length > 0) {
    files = named.map((file) => resolve(file));
  } else {
    files = [];
    for (const file of inboxFiles()) {
      const target = targetOf(file);
      if (target && existsSync(target)) {
        console.log(`already ingested: ${displayPath(file)} → ${displayPath(target)} (to change the article, edit that file)`);
      } else {
        files.push(file);
      }
    }
  }

  if (files.length === 0) console.log('inbox: no new plain-text article in inbox/.');
  let failed = false;
  for (const result of ingestEach(files, { contentDir })) {
    if (result.status === 'failed') failed = reportProblem(result.error) === 1;
    else console.log(`${result.status === 'created' ? 'ingested' : 'already ingested:'} ${result.file} → ${result.target}`);
  }
  if (failed) {
    console.error('The other files were ingested; no page was created. Fix the inbox file(s) named above and run `npm run inbox` again.');
    return 1;
  }

  try {
    const kb = await runKb(root, { progress: progressBar('extracting') });
    for (const page of kb.missing) console.log(`created ${page.file}`);
    console.log(`inbox: ${kb.missing.length} page${kb.missing.length === 1 ? '' : 's'} created. Review them, then commit them.`);
    return 0;
  } catch (error) {
    return reportProblem(error, 'The articles were ingested, but no page was created: fix the content named above and run `npm run kb`.');
  }
}

process.exitCode = await main();
