// When each content file last changed, from git history read in ONE `git log` pass per build (not a
// process per file); files git does not know (or a checkout without history) fall back to the file's
// modification time.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

let lastChanged: Map<string, string> | undefined;

function readHistory(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1, 11);
      else if (line && !dates.has(line)) dates.set(line, date); // newest commit first: keep the first seen
    }
  } catch {
    // Not a git checkout, or git is missing: every file falls back to its modification time.
  }
  return dates;
}

/** YYYY-MM-DD of the last change to `file` (relative to the project root). */
export function lastUpdated(root: string, file: string): string | undefined {
  lastChanged ??= readHistory(root);
  const known = lastChanged.get(file);
  if (known) return known;
  try {
    return statSync(join(root, file)).mtime.toISOString().slice(0, 10);
  } catch {
    return undefined;
  }
}
