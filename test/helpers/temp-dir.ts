// A temporary folder for one test, removed when the test finishes (pass or fail), so test runs leave nothing in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new folder `dossier-<label>-…` under the system's temporary folder; call it inside a test. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${label}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
