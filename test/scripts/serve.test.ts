// `npm run serve` (and so `npm start`, which ends in it) stops when the npm process that started it is killed by its
// process id: npm does not pass the kill on, and the static server used to keep running, holding the port.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';
import { freePort } from '../helpers/free-port.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

/** Whether the server answers, asked until `want` or about ten seconds have passed (a liveness wait, not a timing). */
async function answers(url: string, want: boolean): Promise<boolean> {
  let last = !want;
  for (let i = 0; i < 40 && last !== want; i++) {
    last = await fetch(url).then((response) => response.ok, () => false);
    if (last !== want) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

describe('npm run serve', () => {
  it('serves dist/ and stops when its npm process is killed', async () => {
    const project = scratchProject();
    try {
      project.write('dist/index.html', '<!doctype html><title>Dossier</title><p>Velmor Front</p>');
      const port = await freePort();
      const npm = spawn('npm', ['run', 'serve'], { cwd: project.root, env: buildEnv({ DOSSIER_PORT: String(port) }), stdio: 'ignore' });
      try {
        const url = `http://127.0.0.1:${port}/`;
        expect(await answers(url, true)).toBe(true);
        expect(await (await fetch(url)).text()).toContain('Velmor Front');
        npm.kill('SIGTERM');
        expect(await answers(url, false)).toBe(false);
      } finally {
        npm.kill('SIGKILL');
      }
    } finally {
      project.remove();
    }
  }, 30_000);
});
