// vitest configuration: two projects. "unit" runs the engine's tests in parallel; "site" builds the real
// site once (global setup), serves it on localhost and runs the build and browser tests against it, and the
// extraction scores, which build sites of their own (test/tools/eval/corpus-scores.test.ts).
// `npm test` runs both; `npx vitest run --config test/vitest.config.ts --project unit` runs the fast half.
import { configDefaults, defineConfig } from 'vitest/config';

const SITE_BUILDING_TOOL_TESTS = ['test/tools/eval/corpus-scores.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/architecture.test.ts', 'test/kb/**/*.test.ts', 'test/lib/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/workflows/**/*.test.ts', 'test/tools/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_BUILDING_TOOL_TESTS],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', ...SITE_BUILDING_TOOL_TESTS],
          globalSetup: ['test/helpers/site-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
