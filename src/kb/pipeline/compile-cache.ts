// V8's compile cache for the engine's modules, kept in the project's .cache between runs: loading and
// compiling the modules is most of a kb run that has one new article to look at. Call it before the engine
// is imported; modules loaded earlier are not cached.
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

export function keepCompiledModules(root: string): void {
  enableCompileCache(join(root, '.cache', 'node-compile'));
}
