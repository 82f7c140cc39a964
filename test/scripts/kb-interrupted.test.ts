// The fault test: `npm run kb` killed (SIGKILL, no chance to clean up) at random points of its run over a generated
// corpus, then run again, leaves content/ exactly as an undisturbed run does: every page written once and whole,
// no temporary file left, nothing else changed. The kill points are drawn by fast-check from a fixed seed over the
// length of an undisturbed run (measured only to place them; nothing here asserts a time).
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/bench/corpus.ts';
import { buildEnv } from '../helpers/build-env.ts';
import { fileSnapshot } from '../helpers/file-snapshot.ts';
import { scratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

/** Kills while kb writes pages (two more come while it extracts). */
const KILLS = 4;

let project: ScratchProject;
/** content/ after ingest, before any kb run. */
let ingested: string;
/** content/ after one undisturbed kb run: path → bytes. */
let expected: Map<string, string>;
let undisturbedMs = 0;
/** How many pages an undisturbed run creates. */
let newEntries = 0;

/** Every file under content/, hidden ones included. */
function snapshot(): Map<string, string> {
  return fileSnapshot(project.root, join(project.root, 'content'));
}

/** content/ back as ingest left it, and the project's cache gone (an interrupted run leaves both behind). */
function reset(): void {
  rmSync(join(project.root, 'content'), { recursive: true, force: true });
  rmSync(join(project.root, '.cache', 'dossier'), { recursive: true, force: true });
  cpSync(ingested, join(project.root, 'content'), { recursive: true });
}

const PAGE_FOLDERS = ['parties', 'places', 'dates', 'issues'];

/** How many entries (pages and temporary files) the page folders hold now. */
function pageEntries(): number {
  let count = 0;
  for (const folder of PAGE_FOLDERS) {
    try {
      count += readdirSync(join(project.root, 'content', folder)).length;
    } catch {
      // not made yet
    }
  }
  return count;
}

/** Where a run is killed: that long after its start, or once the page folders hold that many more entries. */
type KillPoint = { afterMs: number } | { afterEntries: number };

/** Runs kb, killed with SIGKILL at `kill` if given; resolves with how it ended. */
function kb(kill?: KillPoint): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const before = pageEntries();
    const child = spawn(process.execPath, ['scripts/kb.ts'], { cwd: project.root, env: buildEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer =
      kill === undefined ? undefined
      : 'afterMs' in kill ? setTimeout(() => child.kill('SIGKILL'), kill.afterMs)
      : setInterval(() => pageEntries() - before >= kill.afterEntries && child.kill('SIGKILL'), 1);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      resolve({ code, signal, stderr });
    });
  });
}

beforeAll(async () => {
  project = scratchProject();
  for (const article of generateCorpus(40, 7).articles) project.write(`inbox/${article.file}`, article.text);
  const ingest = project.run('scripts/ingest.ts', ['inbox']);
  expect(ingest.status, ingest.stderr).toBe(0);
  ingested = join(project.root, 'ingested');
  cpSync(join(project.root, 'content'), ingested, { recursive: true });
  const started = performance.now();
  const run = await kb();
  undisturbedMs = performance.now() - started;
  expect(run.code, run.stderr).toBe(0);
  expected = snapshot();
  newEntries = pageEntries();
  expect(newEntries).toBeGreaterThan(40);
}, 300_000);
afterAll(() => project?.remove());

describe('kb killed at random points, then run again', () => {
  // While it extracts (a share of an undisturbed run, early enough to come before its writes), and while it writes
  // the pages (after a number of new entries: temporary files, then the pages linked from them). Drawn without
  // fast-check's bias towards the bounds.
  const points: KillPoint[] = [
    ...fc.sample(fc.noBias(fc.integer({ min: 50, max: 400 })), { seed: 2026, numRuns: 2 }).map((permille) => ({ afterMs: permille / 1000 })),
    ...fc.sample(fc.noBias(fc.integer({ min: 1, max: 1000 })), { seed: 2027, numRuns: KILLS }).map((permille) => ({ afterEntries: permille / 1000 })),
  ];

  it.each(points.map((point, i) => [i + 1, JSON.stringify(point), point]))('leaves content/ as an undisturbed run does (kill %i at %s)', async (_, __, point) => {
    reset();
    const kill: KillPoint = 'afterMs' in point ? { afterMs: Math.round(point.afterMs * undisturbedMs) } : { afterEntries: Math.max(1, Math.round(point.afterEntries * newEntries)) };
    const killed = await kb(kill);
    expect(killed.signal, 'kb ended before the kill').toBe('SIGKILL');
    const rerun = await kb();
    expect(rerun.code, rerun.stderr).toBe(0);
    const after = snapshot();
    expect([...after.keys()].filter((path) => path.endsWith('.tmp'))).toEqual([]);
    expect([...after.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) expect(after.get(path), path).toBe(bytes);
  }, 300_000);
});
