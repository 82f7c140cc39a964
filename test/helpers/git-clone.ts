// A git clone of this checkout under the system's temporary folder, for tests of what an editor does on a fresh
// clone: it shares this checkout's packages (a link, kept out of git's view) instead of a second `npm ci`.
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface Clone {
  /** The clone's working tree. */
  root: string;
  remove(): void;
}

/** Clones `from` (default: this checkout) into a new folder `dossier-<label>-…/repo`. */
export function cloneProject(label: string, from = process.cwd()): Clone {
  const base = mkdtempSync(join(tmpdir(), `dossier-${label}-`));
  const root = join(base, 'repo');
  const cloned = spawnSync('git', ['clone', '--quiet', from, root], { encoding: 'utf8' });
  if (cloned.status !== 0) throw new Error(`git clone of ${from} failed:\n${cloned.stderr}`);
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir');
  appendFileSync(join(root, '.git', 'info', 'exclude'), '/node_modules\n');
  return { root, remove: () => rmSync(base, { recursive: true, force: true }) };
}
