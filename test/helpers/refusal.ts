// The message of the DossierError a call throws, for tests that assert the exact refusal.
import { DossierError } from '../../src/kb/errors.ts';

/** `run`'s DossierError message; any other error is thrown on, and no error at all fails the test. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierError) return error.message;
    throw error;
  }
  throw new Error('expected a DossierError');
}
