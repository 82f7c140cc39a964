// Global setup of the "site" tests: builds the committed content once with the real build command into a
// scratch folder, serves it on a free localhost port, and hands the folder and address to the tests.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import sirv from 'sirv';
import { buildEnv } from './build-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

const root = process.cwd();

export default async function setup(project: TestProject) {
  const siteDir = join(root, '.cache', 'test-site', 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: buildEnv({ DOSSIER_OUT_DIR: siteDir, DOSSIER_REPOSITORY: 'example/dossier' }),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);

  const serve = sirv(siteDir, { dev: true, etag: false });
  const server: Server = createServer((request, response) => serve(request, response, () => {
    response.statusCode = 404;
    response.end('Not found');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
