// Runs one stage as a child process and reads what the OS accounted for it: wall time (a monotonic clock
// around the child), CPU (user + system of the child and every descendant it waited for) and peak RSS (the
// largest single process), through GNU time's -f output. Without /usr/bin/time, CPU and memory come from
// process.resourceUsage() printed by the stage worker itself (descendants then not included).
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface StageUsage {
  wallS: number;
  cpuS: number;
  maxRssMiB: number;
}

export interface TimedRun<T> extends StageUsage {
  /** What the stage worker wrote to its result file (undefined for commands that write none). */
  result: T | undefined;
}

const TIME = '/usr/bin/time';

export interface TimedOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Where the child's stdout and stderr go (quiet logs: kept for failures). */
  log: string;
  /** A JSON file the child writes (the worker's result), read after exit. */
  resultFile?: string;
}

/** Runs `command args` under /usr/bin/time; resolves when it (and its process group) is done. */
export async function timed<T = unknown>(command: string, args: string[], options: TimedOptions): Promise<TimedRun<T>> {
  const timeFile = `${options.log}.time`;
  rmSync(timeFile, { force: true });
  if (options.resultFile) rmSync(options.resultFile, { force: true });
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const out = openSync(options.log, 'a');
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', out, out],
    detached: true, // its own process group, so stragglers it leaves behind can be ended with it
  });
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 128 : 1)));
  });
  const wallS = (performance.now() - started) / 1000;
  closeSync(out);
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // the group is already gone
  }
  if (code !== 0) {
    const tail = readFileSync(options.log, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited ${code} in ${options.cwd}; log ${options.log}:\n${tail}`);
  }
  const result = options.resultFile && existsSync(options.resultFile) ? (JSON.parse(readFileSync(options.resultFile, 'utf8')) as T & { usage?: StageUsage }) : undefined;
  if (useTime) {
    const [, user, sys, rssKiB] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
    return { wallS, cpuS: (user ?? 0) + (sys ?? 0), maxRssMiB: (rssKiB ?? 0) / 1024, result };
  }
  const own = result?.usage;
  return { wallS, cpuS: own?.cpuS ?? NaN, maxRssMiB: own?.maxRssMiB ?? NaN, result };
}

/** The command line that runs a TypeScript stage worker, as the npm scripts run theirs: Node 24 strips the types. */
export function tsNode(root: string, script: string, args: string[]): [string, string[]] {
  return [process.execPath, [join(root, script), ...args]];
}
