// `npm run review`: the review of the pages kb created and no editor has touched or kept yet, doubtful first, in
// the terminal: one page at a time with its doubts and the sentences it comes from; keep, reject, merge, rename,
// change kind or type, set memberOf/within. It writes content files only, atomically, and ends with the check of
// `kb --check`. For scripts: `--list` prints the queue; `--reject NAME`, `--merge FROM INTO` act without asking
// (`--force` to remove a page a person has edited); `--comment --base SHA [--preview URL]` prints the
// pull-request comment for the pages added since SHA.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { keepCompiledModules } from '../src/kb/cache/compiled-modules.ts';

keepCompiledModules(process.cwd());
const { reportProblem } = await import('./report-problem.ts');
const { reviewQueue } = await import('../src/kb/pipeline/review-queue.ts');
const { runKb } = await import('../src/kb/pipeline/run-kb.ts');
const { reviewTable } = await import('../src/kb/review/report.ts');
const { prComment } = await import('../src/kb/review/pr-comment.ts');
const { findPageByName } = await import('../src/kb/review/find-page.ts');
const edits = await import('../src/kb/review/edit-content.ts');
const { DossierError } = await import('../src/kb/errors.ts');

const root = process.cwd();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    list: { type: 'boolean', default: false },
    reject: { type: 'string', multiple: true },
    merge: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    comment: { type: 'boolean', default: false },
    base: { type: 'string' },
    preview: { type: 'string' },
  },
});

/** The entity pages added since the branch left `base` (committed, staged or not yet tracked). */
function addedSince(base: string): Set<string> {
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new DossierError(`git ${args.join(' ')} failed: ${result.stderr.trim()}`, 'Give --base a commit of this repository (the pull request\'s base).');
    return result.stdout.split('\n').filter(Boolean);
  };
  const pages = ['content/parties', 'content/places', 'content/dates', 'content/issues'];
  const from = git('merge-base', base, 'HEAD')[0]!;
  return new Set([...git('diff', '--name-only', '--diff-filter=A', from, '--', ...pages), ...git('ls-files', '--others', '--exclude-standard', '--', ...pages)]);
}

/** `kb --check` on the edited content: every name the articles give still has a page or is ignored. */
async function finalCheck(): Promise<void> {
  const result = await runKb(root, { check: true });
  if (result.missing.length === 0) {
    console.error('kb --check: every entity has a page.');
    return;
  }
  console.error(`kb --check: ${result.missing.length} page(s) missing after the review:`);
  for (const page of result.missing) console.error(`  ${page.file}  (named in ${page.articles.join(', ')})`);
  console.error('Run `npm run kb` to create them, or `npm run review` again.');
  process.exitCode = 1;
}

function changed(files: string[]): void {
  for (const file of new Set(files)) console.log(`${existsSync(file) ? 'changed' : 'removed'} ${file}`);
}

try {
  if (values.comment) {
    if (!values.base) throw new DossierError('--comment needs --base SHA, the commit the pull request starts from.', 'Run `npm run review -- --comment --base <sha>`.');
    const { queue } = reviewQueue(root, addedSince(values.base));
    const repository = process.env['GITHUB_REPOSITORY'];
    const branch = process.env['GITHUB_HEAD_REF'];
    process.stdout.write(prComment({ pages: queue, ...(values.preview ? { previewUrl: values.preview } : {}), ...(repository && branch ? { repository, branch } : {}) }));
  } else if (values.list) {
    const { queue } = reviewQueue(root);
    console.log(queue.length === 0 ? 'review: no page waits for review.' : reviewTable(queue));
  } else if (values.reject || values.merge) {
    const { snapshot, unedited } = reviewQueue(root);
    const guard = (page: { key: string; file: string }, what: string) => {
      if (!unedited.has(page.key as never) && !values.force) {
        throw new DossierError(`has been edited by a person (it is not as kb wrote it): review will not ${what} it on its own.`, `Look at it, then run the same command with --force to ${what} it anyway.`, { file: page.file });
      }
    };
    let pages = snapshot.pages;
    for (const name of values.reject ?? []) {
      const page = findPageByName(pages, name);
      guard(page, 'remove');
      changed(edits.rejectPage(root, page, pages));
      pages = pages.filter((other) => other.key !== page.key);
    }
    if (values.merge) {
      if (positionals.length !== 2) throw new DossierError('--merge takes two names: the page that goes, then the page that stays.', 'Run `npm run review -- --merge "FROM" "INTO"`.');
      const from = findPageByName(pages, positionals[0]!);
      const into = findPageByName(pages, positionals[1]!);
      guard(from, 'delete');
      changed(edits.mergePage(root, from, into, pages, !unedited.has(from.key)));
    }
    await finalCheck();
  } else {
    const { interactiveReview } = await import('./review-prompts.ts');
    await interactiveReview(root);
    await finalCheck();
  }
} catch (error) {
  if (error instanceof Error && error.name === 'ExitPromptError') {
    // Ctrl-C or a closed terminal inside a question: every change made before it is already written.
    console.error('review: ended before the last question was answered; the changes made before it are saved.');
    process.exitCode = 130;
  } else {
    process.exitCode = reportProblem(error);
  }
}
