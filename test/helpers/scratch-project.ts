// A throwaway copy of the project (code and config, node_modules linked) with content of a test's
// choosing, for tests that must build or break a site without touching the real content/ or dist/.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildEnv } from './build-env.ts';

const repo = process.cwd();
const COPIED = ['src', 'scripts', 'tools', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ScratchProject {
  root: string;
  write(path: string, content: string | Uint8Array): void;
  /** Runs an npm script's entry point (e.g. 'scripts/build.ts') with Node 24, in the scratch root. */
  run(script: string, args?: string[], env?: Record<string, string>): SpawnSyncReturns<string>;
  remove(): void;
}

export function scratchProject(options: { withContent?: boolean } = {}): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), 'dossier-scratch-'));
  for (const entry of COPIED) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  if (options.withContent) cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  else for (const folder of ['articles', 'parties', 'places', 'dates', 'issues']) mkdirSync(join(root, 'content', folder), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    write(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    run(script, args = [], env = {}) {
      return spawnSync(process.execPath, [script, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: buildEnv(env),
      });
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
