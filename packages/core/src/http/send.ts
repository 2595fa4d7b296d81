import { NetworkError, TimeoutError } from '../errors.js';
import { abortReason } from '../internal/abort-reason.js';

/** Options of `send`: a `RequestInit` plus the fetch to use and a timeout. */
export interface SendInit extends RequestInit {
  /** The fetch implementation. Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for the response headers; 0 or undefined = no limit. */
  timeout?: number | undefined;
}

/**
 * `fetch` that fails only with Vidkit errors: `AbortError` when `init.signal` aborts, `TimeoutError` when no
 * response arrives within `timeout`, `NetworkError` when there is no HTTP answer at all. Any HTTP status resolves;
 * turn non-2xx into an error with `toApiError`. Messages never include the query string (it may hold a token).
 */
export async function send(url: string, init: SendInit = {}): Promise<Response> {
  const { signal, timeout, fetch: fetchFn = fetch } = init;
  const timer = timeout ? AbortSignal.timeout(timeout) : undefined;
  try {
    return await fetchFn(url, {
      ...init,
      signal: timer && signal ? AbortSignal.any([signal, timer]) : (timer ?? signal),
    });
  } catch (cause) {
    if (signal?.aborted) throw abortReason(signal);
    const what = `${init.method ?? 'GET'} ${url.split('?')[0]}`;
    throw timer?.aborted
      ? new TimeoutError(`${what} timed out after ${timeout} ms`, { cause })
      : new NetworkError(`${what} failed: ${cause}`, { cause });
  }
}
