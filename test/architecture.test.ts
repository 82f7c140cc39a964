// The architecture's rules (.dependency-cruiser.cjs) hold on the project, and each rule does catch the breach it
// names: a small tree that breaks every rule once, checked with the same configuration.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = process.cwd();

interface Cruise {
  summary: { totalCruised: number; violations: { rule: { name: string }; from: string; to: string }[] };
}

/** dependency-cruiser over `paths` of the tree at `cwd`, with the project's rules. */
function cruise(cwd: string, paths: string[]): Cruise {
  const run = spawnSync(join(repo, 'node_modules', '.bin', 'depcruise'), [...paths, '--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Cruise;
}

describe('the dependency rules', () => {
  it('hold on src, scripts and tools', () => {
    const result = cruise(repo, ['src', 'scripts', 'tools']);
    expect(result.summary.totalCruised).toBeGreaterThan(150); // the TypeScript sources were read, not skipped
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'dossier-rules-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('catch a circle, the engine reaching the site, a stage reaching a later one and browser code reaching Node', () => {
    const files: Record<string, string> = {
      'src/kb/text/first.ts': "import { second } from './second.ts';\nexport const first = () => second;\n",
      'src/kb/text/second.ts': "import { first } from './first.ts';\nexport const second = () => first;\n",
      'src/kb/content/reads-site.ts': "import { route } from '../../lib/route.ts';\nimport { getCollection } from 'astro:content';\nexport const both = [route, getCollection];\n",
      'src/kb/extract/stage.ts': 'export const stage = 1;\n',
      'src/kb/ingest/reads-later.ts': "import { stage } from '../extract/stage.ts';\nexport const later = stage;\n",
      'src/lib/route.ts': "import { bench } from '../../tools/bench.ts';\nexport const route = bench;\n",
      'tools/bench.ts': 'export const bench = 1;\n',
      'src/scripts/in-browser.ts': "import { readFileSync } from 'node:fs';\nimport { later } from '../kb/ingest/reads-later.ts';\nexport const both = [readFileSync, later];\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      writeFileSync(join(scratch, file), text);
    }
    copyFileSync(join(repo, 'tsconfig.json'), join(scratch, 'tsconfig.json'));
    const broken = new Set(cruise(scratch, ['src', 'tools']).summary.violations.map((v) => v.rule.name));
    expect([...broken].sort()).toEqual(
      ['browser-imports-browser-code', 'browser-imports-no-node', 'kb-imports-no-site', 'kb-layer-ingest', 'no-circular', 'src-imports-no-tooling'].sort(),
    );
  });
});
