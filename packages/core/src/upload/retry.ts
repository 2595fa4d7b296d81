import { AbortError, NetworkError, TimeoutError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { backoffDelay, sleep } from '../internal/backoff.js';

/** How an upload retries a part. */
export interface RetryOptions {
  /** Retries per part after network errors, timeouts, 5xx and 408. Default 6. */
  retries?: number;
  /** First backoff delay in ms (full jitter). Default 500. */
  baseDelay?: number;
  /** Largest backoff delay in ms. Default 30 000. */
  maxDelay?: number;
  /** How many 429 answers a part may wait out (each waits `X-RateLimit-Retry-After`). Default 20. */
  rateLimitWaits?: number;
  /** Longest wait after a 429, in ms. Default: as long as `X-RateLimit-Retry-After` says. */
  maxRateLimitWait?: number;
  /**
   * Per-request timeout in ms, or a function of the part's size. Default: the time to send the part at 64 KB/s,
   * at least 60 s — a stalled connection is retried, a slow one is not cut off.
   */
  timeout?: number | ((bytes: number) => number);
}

export const defaultTimeout = (bytes: number): number => Math.max(60_000, bytes / 64);

/** What to do after a failed attempt. */
export type RetryDecision = { kind: 'backoff' } | { kind: 'wait'; ms: number } | { kind: 'refresh' } | { kind: 'fail' };

/**
 * Classifies an error: network errors, timeouts, 5xx and 408 back off; 429 waits what the API says; 401 (and a
 * dead upload token's 404) refreshes the credential (once in a row) when it can; anything else (other 4xx, aborts)
 * fails at once.
 */
export function decide(error: unknown, canRefresh: boolean): RetryDecision {
  if (error instanceof AbortError) return { kind: 'fail' };
  if (error instanceof NetworkError || error instanceof TimeoutError) return { kind: 'backoff' };
  if (error instanceof ApiError) {
    if (error.status >= 500 || error.status === 408) return { kind: 'backoff' };
    if (error.status === 429) {
      return error.retryAfter === undefined ? { kind: 'backoff' } : { kind: 'wait', ms: error.retryAfter * 1000 };
    }
    // A delegated upload token is the only resource `POST /upload` names, so its 404 means the token expired or
    // was deleted: like a refused bearer token, a new one can be fetched and the part replayed.
    if ((error.status === 401 || (error.status === 404 && error.path === '/upload')) && canRefresh) {
      return { kind: 'refresh' };
    }
  }
  return { kind: 'fail' };
}

/**
 * True when the API refused a part because it already has it: the response to an accepted part was lost and this
 * is the retry. The upload counts such a part as done, so a lost response never kills an upload.
 */
export function isAlreadyReceived(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false;
  const text = `${error.type ?? ''} ${error.title ?? ''}`.toLowerCase();
  return /collides|already[ -](received|uploaded)|part-already/.test(text);
}

export interface RetryContext {
  options: RetryOptions;
  signal: AbortSignal;
  /** Renews the credential after a 401; absent when the credential cannot be renewed. */
  refresh?: () => Promise<void>;
  /** Called before each wait, with the attempt number that follows (2 for the first retry). */
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

/** Runs `attempt` until it succeeds or the policy gives up; the thrown error is the last attempt's. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, context: RetryContext): Promise<T> {
  const { options, signal } = context;
  const retries = options.retries ?? 6;
  const rateLimitWaits = options.rateLimitWaits ?? 20;
  let failures = 0;
  let waits = 0;
  let refreshed = false;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (signal.aborted) throw error;
      const decision = decide(error, context.refresh !== undefined && !refreshed);
      let delay = 0;
      if (decision.kind === 'fail') throw error;
      if (decision.kind === 'refresh') {
        refreshed = true;
        await context.refresh!();
      } else {
        refreshed = false;
        if (decision.kind === 'wait') {
          if (++waits > rateLimitWaits) throw error;
          delay = Math.min(decision.ms, options.maxRateLimitWait ?? Infinity);
        } else {
          if (++failures > retries) throw error;
          delay = backoffDelay(failures, options);
        }
      }
      context.onRetry?.(n + 1, delay, error);
      if (delay > 0) await sleep(delay, signal);
    }
  }
}
