import { CodedError } from '../../src/lib/workers/protocol.ts';

/** The CodedError a call throws; any other outcome fails the test. */
export function codedError(run: () => unknown): CodedError {
  try {
    run();
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected a CodedError');
}
