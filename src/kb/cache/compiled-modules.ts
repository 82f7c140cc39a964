// V8's compile cache for the engine's modules, kept with Dossier's other caches: loading and compiling the
// modules is most of a kb run that has one new article to look at. V8 checks each module's source itself.
// Call it before the engine is imported; modules loaded earlier are not cached.
import { enableCompileCache } from 'node:module';
import { cachePath } from './cache-files.ts';

export function keepCompiledModules(root: string): void {
  enableCompileCache(cachePath(root, 'compiled'));
}
