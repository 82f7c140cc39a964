// Expected-output files for fixture tests: compared whole, written from the result when missing or with UPDATE=1, never in CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Asserts that `path` holds `actual` followed by one newline (the newline editors keep at the end of a file).
 * Outside CI, writes it instead when it is missing or `env.UPDATE` is "1": review what was written.
 */
export function expectFileToHold(path: string, actual: string, env: NodeJS.ProcessEnv = process.env): void {
  const content = `${actual}\n`;
  const missing = !existsSync(path);
  if (env.CI) {
    if (missing) throw new Error(`${path} is missing: write it outside CI (it is written when missing, or with UPDATE=1), review it and commit it.`);
  } else if (missing || env.UPDATE === '1') {
    writeFileSync(path, content);
    return;
  }
  expect(content, path).toBe(readFileSync(path, 'utf8'));
}
