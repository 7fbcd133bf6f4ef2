/** Test helpers shared by the suites. */
import { isSecmodError, type SecmodError } from '../src/errors/index.js';

/** The code of the SecmodError `fn` throws; 'no error' when it returns; 'foreign: ...' for any other throw. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return isSecmodError(e) ? e.code : `foreign: ${String(e)}`;
  }
}

/** The SecmodError `fn` throws (fails the test when it returns or throws anything else). */
export function errorOf(fn: () => unknown): SecmodError<string> {
  try {
    fn();
  } catch (e) {
    if (isSecmodError(e)) return e;
    throw e;
  }
  throw new Error('expected a SecmodError');
}
