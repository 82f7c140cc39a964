// The environment for a build a test starts: the test's own, minus the variables vitest sets for its
// workers (BASE_URL, MODE, NODE_ENV, …), which Astro would otherwise read as the site's own settings
// (a BASE_URL of "/" silently overrode DOSSIER_BASE in the base-path build).
const VITEST_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of VITEST_VARIABLES) delete env[name];
  return { ...env, ...extra };
}
