import { describe, expect, it } from 'vitest';
import { AbortError, NetworkError, TimeoutError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { decide, isAlreadyReceived, withRetry } from './retry.js';

const api = (status: number, body: object = {}, retryAfter?: number) =>
  new ApiError({ status, body, method: 'POST', path: '/upload', retryAfter });

describe('decide', () => {
  it('backs off on network errors, timeouts, 5xx and 408', () => {
    expect(decide(new NetworkError('x'), false)).toEqual({ kind: 'backoff' });
    expect(decide(new TimeoutError('x'), false)).toEqual({ kind: 'backoff' });
    expect(decide(api(503), false)).toEqual({ kind: 'backoff' });
    expect(decide(api(408), false)).toEqual({ kind: 'backoff' });
  });

  it('waits X-RateLimit-Retry-After on 429, refreshes on 401 when it can, fails other 4xx', () => {
    expect(decide(api(429, {}, 2), false)).toEqual({ kind: 'wait', ms: 2000 });
    expect(decide(api(401), true)).toEqual({ kind: 'refresh' });
    expect(decide(api(401), false)).toEqual({ kind: 'fail' });
    expect(decide(api(400), true)).toEqual({ kind: 'fail' });
    // A dead upload token (404 from POST /upload) is renewed like a refused bearer; other 404s fail.
    expect(decide(api(404), true)).toEqual({ kind: 'refresh' });
    expect(decide(api(404), false)).toEqual({ kind: 'fail' });
    expect(decide(new ApiError({ status: 404, body: {}, method: 'POST', path: '/videos/vi1/source' }), true)).toEqual({
      kind: 'fail',
    });
    expect(decide(new AbortError(), true)).toEqual({ kind: 'fail' });
  });
});

describe('isAlreadyReceived', () => {
  it('recognises a part the API already has', () => {
    expect(isAlreadyReceived(api(400, { title: 'This part collides with a previous one.' }))).toBe(true);
    expect(isAlreadyReceived(api(400, { title: 'Parts must be at least 5 MiB.' }))).toBe(false);
    expect(isAlreadyReceived(api(409, { title: 'collides' }))).toBe(false);
  });
});

describe('withRetry', () => {
  it('retries until success and fails at once on a 400', async () => {
    const signal = new AbortController().signal;
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 3) throw new NetworkError('drop');
        return 'ok';
      },
      { options: { baseDelay: 1 }, signal },
    );
    expect([value, calls]).toEqual(['ok', 3]);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw api(400);
        },
        { options: {}, signal },
      ),
    ).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
  });

  it('refreshes once after a 401, then gives up on a second one', async () => {
    const signal = new AbortController().signal;
    let refreshes = 0;
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw api(401);
        },
        { options: {}, signal, refresh: async () => void refreshes++ },
      ),
    ).rejects.toBeInstanceOf(ApiError);
    expect([calls, refreshes]).toEqual([2, 1]);
  });

  it('gives up after the configured retries', async () => {
    const signal = new AbortController().signal;
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw api(500);
        },
        { options: { retries: 2, baseDelay: 1 }, signal },
      ),
    ).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(3);
  });
});
