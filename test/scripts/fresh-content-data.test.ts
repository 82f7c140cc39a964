// The store check of `npm run dev` (scripts/fresh-content-data.ts) on a real Vite dev server: a module that reads a
// store file, loaded while the file is rewritten and dropped as a hot update the way Astro drops its content store,
// keeps the old store; after the check the module runner reads the new one. Loads are held by a gate, not timed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, isRunnableDevEnvironment, type Plugin, type RunnableDevEnvironment, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeCheck, type ContentStore } from '../../scripts/fresh-content-data.ts';

const ID = 'virtual:test-store';
let root: string | undefined;
let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  server = root = undefined;
});

/** A module exporting the store file's text; each load reads the file, then waits for `gate()` when one is set. */
function storePlugin(file: string, hold: { gate?: Promise<void>; read?: () => void }): Plugin {
  return {
    name: 'test-store',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const text = await readFile(file, 'utf8');
      hold.read?.();
      await hold.gate;
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

async function setUp() {
  root = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  const file = join(root, 'data-store.json');
  writeFileSync(file, 'first');
  const hold: { gate?: Promise<void>; read?: () => void } = {};
  server = await createServer({ root, configFile: false, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, watch: null }, plugins: [storePlugin(file, hold)] });
  const environment = server.environments['ssr'];
  if (!environment || !isRunnableDevEnvironment(environment)) throw new Error('no runnable ssr environment');
  const store: ContentStore = { file, module: `\0${ID}`, event: 'test:store-changed' };
  const text = async () => ((await environment.runner.import(ID)) as { default: string }).default;
  return { file, hold, environment, store, text, server };
}

/** Drops the module the way Astro drops its content store after writing it: as a hot update, runner copy too. */
function dropAsHotUpdate(environment: RunnableDevEnvironment): void {
  environment.moduleGraph.invalidateModule(environment.moduleGraph.getModuleById(`\0${ID}`)!, undefined, Date.now(), true);
  environment.runner.evaluatedModules.invalidateModule(environment.runner.evaluatedModules.getModuleById(`\0${ID}`)!);
}

/**
 * A load begins and reads the file; the file is then rewritten and the module dropped, `during` runs; then the load
 * ends.
 */
async function loadAcrossWrite(context: Awaited<ReturnType<typeof setUp>>, next: string, during = () => {}): Promise<string> {
  const { file, hold, environment, text } = context;
  let open!: () => void;
  hold.gate = new Promise((resolve) => (open = resolve));
  const read = new Promise<void>((resolve) => (hold.read = resolve));
  dropAsHotUpdate(environment);
  const loading = text();
  await read;
  writeFileSync(file, next);
  dropAsHotUpdate(environment);
  during();
  hold.gate = undefined;
  open();
  return loading;
}

describe('the store check of npm run dev', () => {
  it('makes the next request read the store written while an earlier load was in flight', async () => {
    const context = await setUp();
    const { environment, store, text } = context;
    expect(await text()).toBe('first');
    const check = storeCheck(context.server, store);
    // The load begun before the write answers with the old store, and Vite keeps that answer as the module's.
    expect(await loadAcrossWrite(context, 'second')).toBe('first');
    expect(await text()).toBe('first');
    const send = vi.spyOn(environment.hot, 'send');
    check();
    expect(await text()).toBe('second');
    expect(send).toHaveBeenCalledWith(store.event, {});
  });

  it('keeps a load still in flight when the check runs out of the module', async () => {
    const context = await setUp();
    const { store, text } = context;
    expect(await text()).toBe('first');
    const check = storeCheck(context.server, store);
    // A request arrives (the check runs) while a load begun before the write is still reading the old store.
    expect(await loadAcrossWrite(context, 'second', check)).toBe('first');
    expect(await text()).toBe('second');
  });

  it('keeps the loaded module while the store file stays the same', async () => {
    const { environment, store, text, server } = await setUp();
    expect(await text()).toBe('first');
    const check = storeCheck(server, store);
    const send = vi.spyOn(environment.hot, 'send');
    check();
    check();
    expect(environment.moduleGraph.getModuleById(`\0${ID}`)?.transformResult).not.toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(await text()).toBe('first');
  });
});
