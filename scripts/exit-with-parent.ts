// A long-running script started by npm ends with npm: npm does not pass a kill of its own process on to the
// script it runs, so `kill <pid of npm start>` left the static server running. The script watches its parent and
// ends when that is gone (it is then adopted by another process), as on SIGTERM, SIGINT or SIGHUP.

/** Calls `stop` (then exits) when the parent process ends or a signal to end arrives. */
export function exitWithParent(stop: () => void = () => {}): void {
  const parent = process.ppid;
  const end = () => {
    stop();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, end);
  setInterval(() => {
    if (process.ppid !== parent) end();
  }, 500).unref();
}
