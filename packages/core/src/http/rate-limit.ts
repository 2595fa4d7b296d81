/** The last `X-RateLimit-*` values api.video sent. Each is `undefined` when the header was missing. */
export interface RateLimit {
  /** Requests allowed in the current window (`X-RateLimit-Limit`). */
  limit: number | undefined;
  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  remaining: number | undefined;
  /** Seconds until the window resets (`X-RateLimit-Retry-After`). */
  retryAfter: number | undefined;
}

/**
 * Reads api.video's rate-limit headers from a response.
 * Returns `undefined` when the response carries none of them (e.g. a CDN answer).
 *
 * @example
 * const limits = parseRateLimit(response.headers);
 * if (limits?.remaining === 0) await sleep((limits.retryAfter ?? 1) * 1000);
 */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const read = (name: string) => {
    const value = Number(headers.get(`x-ratelimit-${name}`) || NaN);
    return value >= 0 ? value : undefined;
  };
  const limit = read('limit');
  const remaining = read('remaining');
  const retryAfter = read('retry-after');
  return (limit ?? remaining ?? retryAfter) === undefined ? undefined : { limit, remaining, retryAfter };
}
