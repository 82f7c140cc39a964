// Every file under a folder with its text, by path relative to a root: what a test compares before and after a run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files under `dir` (hidden ones included), keyed by their path relative to `root`. */
export function fileSnapshot(root: string, dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(root, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}
