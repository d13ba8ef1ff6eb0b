import { AbortedError } from './engineError.ts';

/**
 * Cooperative cancellation: long engine loops call this between chunks of work. Throws an
 * `AbortedError` (code `aborted`) once the signal has fired; a missing signal never aborts.
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError(signal.reason);
}
