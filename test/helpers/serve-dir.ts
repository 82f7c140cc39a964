// A built site folder served on a free localhost port (sirv, as a static host would), for tests that build
// a site of their own and open it in Chromium.
import { createServer } from 'node:http';
import sirv from 'sirv';

export interface ServedDir {
  url: string;
  close(): Promise<void>;
}

export async function serveDir(dir: string): Promise<ServedDir> {
  const serve = sirv(dir, { dev: true, etag: false });
  const server = createServer((request, response) => serve(request, response, () => {
    response.statusCode = 404;
    response.end('Not found');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
