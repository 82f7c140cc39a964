// The GitHub workflow files: valid against the workflow schema (@action-validator/cli), and calling the project
// only through npm scripts that exist, so CI runs exactly the commands a person runs locally.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = process.cwd();
const workflowDir = join(root, '.github', 'workflows');
const validator = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
const workflows = readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name)).sort();

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

function load(name: string): Workflow {
  return parseYaml(readFileSync(join(workflowDir, name), 'utf8')) as Workflow;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

/** Where a shell command starts: a line's start, or after `|`, `&&`, `;` or `$(` (not inside an echoed sentence). */
const COMMAND_START = String.raw`(?:^|[|;&]|\$\()\s*`;

/** Every `npm …` command in a step's shell script, e.g. "npm run kb -- --check", "npm ci". */
function npmCommands(run: string): string[] {
  return [...run.matchAll(new RegExp(`${COMMAND_START}(npm\\s[^|;&\\n)]*)`, 'gm'))].map((match) => match[1]!.trim());
}

function validate(file: string) {
  return spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });
}

describe('workflow files', () => {
  it('exist: the pull-request checks and the Pages deployment', () => {
    expect(workflows).toEqual(expect.arrayContaining(['pr.yml', 'deploy.yml']));
  });

  it('the validator rejects a broken workflow (so its passes below mean something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-workflow-'));
    try {
      const file = join(dir, 'broken.yml');
      writeFileSync(file, 'name: broken\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: npm test\n');
      const result = validate(file);
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain("Additional property 'stepz' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const name of workflows) {
    describe(name, () => {
      it('passes the GitHub workflow schema (action-validator)', () => {
        const result = validate(join(workflowDir, name));
        expect(result.status, `.github/workflows/${name} is not a valid workflow:\n${result.stdout}${result.stderr}`).toBe(0);
      });

      it('runs the project only through npm scripts that exist in package.json', () => {
        const problems: string[] = [];
        for (const step of steps(load(name))) {
          if (!step.run) continue;
          const where = `.github/workflows/${name}, step "${step.name ?? step.run.split('\n')[0]}"`;
          if (new RegExp(`${COMMAND_START}(npx|tsx|node|vitest|astro|pagefind)\\s`, 'm').test(step.run)) {
            problems.push(`${where} calls a tool directly; call an npm script instead, so CI runs what people run locally.`);
          }
          for (const command of npmCommands(step.run)) {
            const words = command.split(/\s+/);
            const sub = words[1];
            if (sub === 'ci') continue;
            const script = sub === 'run' || sub === 'run-script' ? words[2] : sub === 'test' || sub === 'start' ? sub : undefined;
            if (script === undefined) {
              problems.push(`${where} runs "${command}": only "npm ci" and npm scripts belong in a workflow.`);
            } else if (!(script in scripts)) {
              problems.push(`${where} runs "${command}", but package.json has no "${script}" script: add it or fix the workflow.`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});

describe('pr.yml', () => {
  const workflow = load('pr.yml');
  const runs = steps(workflow).flatMap((step) => (step.run ? npmCommands(step.run) : []));

  it('runs on pull requests: install, the tests, the page check and the build, each one npm script', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    const check = workflow.jobs.check?.steps.flatMap((step) => (step.run ? npmCommands(step.run) : []));
    expect(check).toEqual(['npm ci', 'npm run kb -- --check', 'npm test', 'npm run build']);
  });

  it('checks out the whole history and installs Debian\'s Chromium for the browser tests', () => {
    const check = workflow.jobs.check!.steps;
    expect(check.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(check.some((step) => step.run?.includes('apt-get install -y chromium'))).toBe(true);
  });

  it('ingests the inbox, commits the new pages to the branch and uploads the site as site-preview', () => {
    const inbox = workflow.jobs.inbox!;
    expect(inbox.permissions).toMatchObject({ contents: 'write' });
    expect(runs).toContain('npm run inbox');
    expect(inbox.steps.some((step) => step.run?.includes('git push origin "HEAD:$HEAD_REF"'))).toBe(true);
    expect(inbox.steps.some((step) => step.run?.includes("user.name='github-actions[bot]'"))).toBe(true);
    const upload = inbox.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'site-preview', path: 'dist' });
  });

  it('comments the pages the pull request adds, built by `npm run review -- --comment`, with the site linked, on every pull request of the repository', () => {
    const inbox = workflow.jobs.inbox!;
    expect(inbox.permissions).toMatchObject({ 'pull-requests': 'write' });
    const comment = inbox.steps.find((step) => step.run?.includes('gh pr comment'))!;
    expect(npmCommands(comment.run!)).toEqual(['npm run review --silent -- --comment --base "$BASE_SHA" --preview "$PREVIEW_URL" > review.md']);
    expect(comment.env).toMatchObject({ BASE_SHA: '${{ github.event.pull_request.base.sha }}', PREVIEW_URL: '${{ steps.preview.outputs.artifact-url }}' });
    // The build, the upload and the comment run whether or not the inbox had articles: pages added by hand are reviewed too.
    const order = inbox.steps.map((step) => step.run === 'npm run build' ? 'build' : step.uses?.startsWith('actions/upload-artifact@') ? 'upload' : step === comment ? 'comment' : undefined).filter(Boolean);
    expect(order).toEqual(['build', 'upload', 'comment']);
    for (const step of [comment, ...inbox.steps.filter((s) => s.run === 'npm run build' || s.uses?.startsWith('actions/upload-artifact@'))]) {
      expect((step as Step & { if?: string }).if, step.name).toBeUndefined();
    }
  });
});

describe('deploy.yml', () => {
  const workflow = load('deploy.yml');

  it('builds on pushes to main with the base path from the repository name and deploys with the Pages actions', () => {
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] } });
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const all = steps(workflow);
    expect(all.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const build = all.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      DOSSIER_BASE: '/${{ github.event.repository.name }}/',
      DOSSIER_SITE: 'https://${{ github.repository_owner }}.github.io',
    });
    const uses = all.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(
      expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
    expect(all.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });
});

describe('deploy-sharded.yml', () => {
  const workflow = load('deploy-sharded.yml') as Workflow & {
    jobs: Record<string, { if?: string; needs?: string | string[]; strategy?: { matrix: Record<string, unknown> }; steps: Step[] }>;
  };
  const deploy = load('deploy.yml') as Workflow & { jobs: Record<string, { if?: string }> };

  it('runs by hand, or on pushes to main when the repository variable asks for shards, and deploy.yml then stands aside', () => {
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] }, workflow_dispatch: { inputs: { shards: { default: '2' } } } });
    expect(workflow.jobs.plan!.if).toBe("github.event_name == 'workflow_dispatch' || vars.DOSSIER_SHARDS != ''");
    expect(deploy.jobs.build!.if).toBe("github.event_name == 'workflow_dispatch' || vars.DOSSIER_SHARDS == ''");
    expect(workflow.concurrency).toEqual(deploy.concurrency);
  });

  it('builds one shard per matrix job with the whole content, for the Pages base path, and uploads each as its own artifact', () => {
    const build = workflow.jobs.build!;
    expect(build.needs).toBe('plan');
    expect(build.strategy?.matrix).toEqual({ shard: '${{ fromJSON(needs.plan.outputs.shards) }}' });
    expect(build.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const step = build.steps.find((s) => s.run?.startsWith('npm run build'))!;
    expect(npmCommands(step.run!)).toEqual(['npm run build -- --shard "$SHARD/$COUNT"']);
    expect(step.env).toMatchObject({
      SHARD: '${{ matrix.shard }}',
      COUNT: '${{ needs.plan.outputs.count }}',
      DOSSIER_BASE: '/${{ github.event.repository.name }}/',
      DOSSIER_SITE: 'https://${{ github.repository_owner }}.github.io',
    });
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ name: 'shard-${{ matrix.shard }}', path: 'dist' });
  });

  it('merges every shard into one site with npm run merge, and deploys that with the Pages actions', () => {
    const merge = workflow.jobs.merge!;
    expect(merge.needs).toBe('build');
    const uses = merge.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/download-artifact', 'actions/configure-pages', 'actions/upload-pages-artifact']);
    expect(merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toEqual({ pattern: 'shard-*', path: 'shards' });
    expect(merge.steps.flatMap((s) => (s.run ? npmCommands(s.run) : []))).toEqual(['npm ci', 'npm run merge -- shards/shard-* --out dist']);
    expect(merge.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy!.needs).toBe('merge');
    expect(workflow.jobs.deploy!.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('plans the matrix from the number of shards, refusing one that is no whole number', () => {
    const plan = workflow.jobs.plan!.steps[0]!;
    const outDir = mkdtempSync(join(tmpdir(), 'dossier-plan-'));
    const run = (count: string) => spawnSync('bash', ['-c', plan.run!], { env: { ...process.env, COUNT: count, GITHUB_OUTPUT: join(outDir, `out-${count || 'empty'}`) }, encoding: 'utf8' });
    try {
      expect(run('3').status).toBe(0);
      expect(readFileSync(join(outDir, 'out-3'), 'utf8')).toBe('count=3\nshards=[1,2,3]\n');
      for (const bad of ['', '0', 'two', '2x']) {
        const result = run(bad);
        expect(result.status, bad).toBe(1);
        expect(result.stdout).toContain('must be a whole number');
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
