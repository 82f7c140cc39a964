// `npm run serve`: serves the built site (dist/) on http://127.0.0.1:4321/ (DOSSIER_PORT for another port) with
// sirv, until it is stopped: Ctrl-C, or a kill of this process or of the npm that started it.
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { exitWithParent } from './exit-with-parent.ts';

const port = Number(process.env['DOSSIER_PORT'] || 4321);
const server = createServer(sirv(join(process.cwd(), 'dist'), { etag: true }));
server.listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}/ (Ctrl-C to stop)`));
// The interval that watches the parent is unref'd: the listening server keeps the process alive, and nothing else.
exitWithParent(() => server.close());
