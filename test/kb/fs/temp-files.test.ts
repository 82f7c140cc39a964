// What a writer killed mid-write leaves: its hidden temporary files are removed by the next run, a running writer's
// are kept, and git never sees them.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../../src/kb/content/load-content.ts';
import { writeNewFile } from '../../../src/kb/fs/write-new-file.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout as unknown as number;
}

describe('temporary files of an interrupted write', () => {
  it('are removed by the next write or read of their folder, when their writer is gone; a running writer keeps its own', async () => {
    const dir = join(tempDir('temp-files'), 'parties');
    mkdirSync(dir);
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const dead = `.velmor-front.mdx.${deadPid()}.0123456789ab.tmp`;
      const live = `.port-alden.mdx.${running.pid}.0123456789ab.tmp`;
      writeFileSync(join(dir, dead), 'half a page');
      writeFileSync(join(dir, live), 'being written');
      writeFileSync(join(dir, 'tavo-brask.mdx'), '---\nname: Tavo Brask\n---\n');
      expect(listContentFiles(dir, '.mdx')).toEqual(['tavo-brask.mdx']);
      expect(readdirSync(dir).sort()).toEqual([live, 'tavo-brask.mdx'].sort());
      writeFileSync(join(dir, dead), 'half a page');
      writeNewFile(join(dir, 'mira-velsen.mdx'), '---\nname: Mira Velsen\n---\n');
      expect(readdirSync(dir).sort()).toEqual([live, 'mira-velsen.mdx', 'tavo-brask.mdx'].sort());
    } finally {
      running.kill();
    }
  });

  it('are ignored by git in every content folder', () => {
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', 'content/parties/.velmor-front.mdx.4242.0123456789ab.tmp'], { cwd: process.cwd() });
    expect(ignored.status).toBe(0);
    const page = spawnSync('git', ['check-ignore', '--no-index', '-q', 'content/parties/velmor-front.mdx'], { cwd: process.cwd() });
    expect(page.status).toBe(1);
  });
});
