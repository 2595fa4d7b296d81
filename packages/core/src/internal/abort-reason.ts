import { AbortError } from '../errors.js';

/** The error to throw for an aborted signal: its reason when that is already an error of ours, else an AbortError. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof AbortError) return reason;
  return new AbortError(undefined, { cause: reason });
}
