import { describe, expect, it } from 'vitest';
import { AbortError } from '../errors.js';
import { backoffDelay, sleep } from './backoff.js';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    expect(backoffDelay(1, { baseDelay: 100 }, () => 1)).toBe(100);
    expect(backoffDelay(3, { baseDelay: 100 }, () => 1)).toBe(400);
    expect(backoffDelay(20, { baseDelay: 100, maxDelay: 5000 }, () => 1)).toBe(5000);
    expect(backoffDelay(3, { baseDelay: 100 }, () => 0)).toBe(0);
    expect(backoffDelay(3, { baseDelay: 100 }, () => 0.5)).toBe(200);
  });
});

describe('sleep', () => {
  it('rejects with AbortError when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });
});
