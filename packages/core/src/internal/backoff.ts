import { abortReason } from './abort-reason.js';

export interface BackoffOptions {
  /** First delay in ms. Default 500. */
  baseDelay?: number;
  /** Largest delay in ms. Default 30 000. */
  maxDelay?: number;
  /** Growth factor per attempt. Default 2. */
  factor?: number;
}

/**
 * Exponential backoff with full jitter (a uniformly random delay between 0 and the exponential cap),
 * which spreads retries of many clients apart instead of synchronising them.
 * `attempt` is 1 for the first retry.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const { baseDelay = 500, maxDelay = 30_000, factor = 2 } = options;
  const cap = Math.min(maxDelay, baseDelay * factor ** Math.max(0, attempt - 1));
  return Math.round(random() * cap);
}

/** Resolves after `ms`, or rejects with `AbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
