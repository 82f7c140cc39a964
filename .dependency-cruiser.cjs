// The architecture's rules, checked by `npm test` (test/architecture.test.ts runs dependency-cruiser with
// this file): no import circle; the engine (src/kb) stands alone, below the site; inside it, no stage imports
// a later one; browser code reaches no Node built-in. `npx depcruise src scripts tools` shows every breach.

/**
 * The engine's layers, earliest first. A folder (or top-level file) of src/kb may import its own layer and
 * earlier ones, never a later one: shared text utilities and contracts at the bottom, the stages in the order
 * the data flows (ingest → extract → resolve → scaffold and graph → linking → the review of new
 * pages), the pipeline that runs them on top.
 */
const LAYERS = [
  ['types.ts', 'errors.ts', 'text', 'fs'],
  ['schemas'],
  ['content'],
  ['cache', 'lexicon'],
  ['ingest'],
  ['extract'],
  ['resolve'],
  ['scaffold', 'graph'],
  ['markdown', 'search'],
  ['review'],
  ['pipeline'],
];

const pathOf = (names) => `^src/kb/(${names.map((name) => name.replace('.', '\\.')).join('|')})(/|$)`;

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `kb-layer-${layer.join('-').replace(/\.ts/g, '')}`,
  comment: `src/kb/{${layer.join(',')}} comes before ${LAYERS.slice(index + 1).flat().join(', ')}: it must not import them.`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: pathOf(LAYERS.slice(index + 1).flat()) },
}));

/** Browser code: the site's client scripts, the engine's search helpers they use and the pure text utilities. */
const BROWSER = '^src/(scripts|kb/search|kb/text)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle ties modules that should be read and changed one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kb-imports-no-site',
      comment: 'src/kb is the engine: pure TypeScript that knows nothing of the Astro site.',
      severity: 'error',
      from: { path: '^src/kb/' },
      to: { path: ['^src/(?!kb/)', '^astro($|:|/)', '^@astrojs/'] },
    },
    {
      name: 'src-imports-no-tooling',
      comment: 'The product does not depend on the benchmark, the evaluation or the command-line entry points.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tools|scripts|test)/' },
    },
    {
      name: 'browser-imports-no-node',
      comment: 'Browser scripts run in the reader\'s browser: no Node built-in, directly or through what they import.',
      severity: 'error',
      from: { path: BROWSER },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-imports-browser-code',
      comment: 'Browser scripts import only other browser code and the engine\'s shared types, never file-reading engine code.',
      severity: 'error',
      from: { path: BROWSER },
      to: { path: '^src/', pathNot: [BROWSER, '^src/kb/types\\.ts$'] },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API for dependency-cruiser yet: swc parses the sources (type imports included).
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
