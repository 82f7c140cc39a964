// `npm start`: the whole build (scripts/build.ts), then the site served (scripts/serve.ts) in this one process
// tree, so stopping `npm start` (Ctrl-C, or kill of its process id) stops the build or the server with it.
import { spawn } from 'node:child_process';
import { exitWithParent } from './exit-with-parent.ts';

const build = spawn(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
exitWithParent(() => build.kill());
build.on('exit', async (code, signal) => {
  if (code !== 0) process.exit(code ?? (signal ? 1 : 0));
  await import('./serve.ts');
});
