// The one way the command-line scripts report a problem the user can fix: a DossierError (or several) is
// printed as it stands (file, line, field, what to do), followed by what the script left undone, and the
// script exits 1. Anything else is a bug in Dossier and is thrown on with its stack.
import { DossierError, DossierErrors } from '../src/kb/errors.ts';

/** Prints `error` and the notes for the user and returns exit code 1; rethrows an error that is not Dossier's. */
export function reportProblem(error: unknown, ...notes: (string | undefined)[]): 1 {
  if (!(error instanceof DossierError || error instanceof DossierErrors)) throw error;
  console.error([error.message, ...notes.filter((note) => note !== undefined)].join('\n'));
  return 1;
}
