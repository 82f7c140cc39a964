// `npm run serve`: serves the built site (dist/) on http://127.0.0.1:4321/ (DOSSIER_PORT for another port) until it is
// stopped: Ctrl-C, or a kill of this process or of the npm that started it. Every request is answered from the folder
// as it is then, so a rebuild shows without a restart and a build's swap never yields a truncated page or a 404 for
// a page of either site (scripts/site-server.ts).
import { createServer } from 'node:http';
import { join } from 'node:path';
import { exitWithParent } from './exit-with-parent.ts';
import { siteHandler } from './site-server.ts';

const port = Number(process.env['DOSSIER_PORT'] || 4321);
const server = createServer(siteHandler(join(process.cwd(), 'dist')));
server.listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}/ (Ctrl-C to stop)`));
// The interval that watches the parent is unref'd: the listening server keeps the process alive, and nothing else.
exitWithParent(() => server.close());
