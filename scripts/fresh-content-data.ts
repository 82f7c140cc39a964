// `npm run dev`: the pages are rendered from the content Astro's content layer holds now, never from an older copy.
// After a collection changes, Astro writes its content store (.astro/data-store.json) and drops the module that holds
// it (`astro:data-layer-content`) as a hot update. A hot update leaves Vite's guard against loads in flight unarmed
// (only an ordinary invalidation sets the module's lastInvalidationTimestamp): a request that began loading the
// module before the write, and ends after it, caches the old store as current, and every page is rendered from the
// old content until the next change, the pages kb has just created answering 404. Before each request this plugin
// looks at the store file; when it was written since the last request, the module is invalidated once more as an
// ordinary invalidation (its cached copy dropped, loads begun earlier kept out of the cache), in the module runner as
// well, and Astro is told to clear its cache of getStaticPaths.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';

/** Astro's names (astro/dist/content/consts.js): the store file under .astro/, its module, the event that clears routes. */
const ASTRO_CONTENT_STORE = { file: join('.astro', 'data-store.json'), module: '\0astro:data-layer-content', event: 'astro:content-changed' };

export interface ContentStore {
  /** The file the store is written to. */
  file: string;
  /** The resolved id of the module that reads it. */
  module: string;
  /** The event the server environments are sent after the module is dropped. */
  event: string;
}

/** One version of the store file: a write by temporary file and rename gives a new inode, a rewrite a new mtime. */
function version(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : '';
}

/** Drops `store.module` in every server environment, the module runner's copy included, and sends `store.event`. */
function dropStoreModule(server: ViteDevServer, store: ContentStore): void {
  for (const environment of Object.values(server.environments)) {
    if (environment.name === 'client') continue;
    const node = environment.moduleGraph.getModuleById(store.module);
    if (!node) continue;
    // Not a hot update: Vite then keeps a load that began before now out of the module's cache.
    environment.moduleGraph.invalidateModule(node);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules.getModuleById(store.module);
      if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
    }
    environment.hot.send(store.event, {});
  }
}

/**
 * Returns the check run before each request: when the store file changed since the last check, drops the module.
 * The first check only notes the version (the server has just loaded the store).
 */
export function storeCheck(server: ViteDevServer, store: ContentStore): () => void {
  let seen = version(store.file);
  return () => {
    const now = version(store.file);
    if (now === seen) return;
    seen = now;
    dropStoreModule(server, store);
  };
}

/** The Vite plugin for `astro dev` on the project at `root`. */
export function freshContentData(root: string, store: ContentStore = { ...ASTRO_CONTENT_STORE, file: join(root, ASTRO_CONTENT_STORE.file) }): Plugin {
  return {
    name: 'dossier-fresh-content-data',
    configureServer(server) {
      const check = storeCheck(server, store);
      server.middlewares.use((_request, _response, next) => {
        check();
        next();
      });
    },
  };
}
