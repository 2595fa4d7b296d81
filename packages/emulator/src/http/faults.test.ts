import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileForm, isProblem, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.dispose();
});
afterEach(async () => {
  const reset = {
    dropRate: 0,
    dropResponseRate: 0,
    errorRate: 0,
    rateLimitRate: 0,
    latencyMs: 0,
    bandwidthBps: 0,
    rateLimit: 'off',
  };
  expect((await emulator.call('/_emulator/faults', { method: 'PUT', json: reset })).status).toBe(200);
});

const setFaults = async (faults: Record<string, unknown>) => {
  const response = await emulator.call('/_emulator/faults', { method: 'PUT', json: faults });
  expect(response.status).toBe(200);
  return response.json();
};

describe('faults', () => {
  it('answers 5xx in api.video’s shape at errorRate 1, and the admin route keeps working', async () => {
    expect(await setFaults({ errorRate: 1 })).toMatchObject({ errorRate: 1, dropRate: 0 });
    const response = await emulator.call('/videos');
    expect([500, 502, 503]).toContain(response.status);
    expect(isProblem(await response.json(), response.status)).toBe(true);
    expect(await (await emulator.call('/_emulator/faults')).json()).toMatchObject({ errorRate: 1 });
  });

  it('answers 429 with X-RateLimit-Retry-After at rateLimitRate 1', async () => {
    await setFaults({ rateLimitRate: 1 });
    const response = await emulator.call('/videos');
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('x-ratelimit-retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await response.json()).toEqual({
      type: 'https://docs.api.video/reference/too-many-requests',
      title: 'Too many requests.',
      status: 429,
    });
  });

  it('drops the connection at dropRate 1', async () => {
    await setFaults({ dropRate: 1 });
    await expect(emulator.call('/videos')).rejects.toThrow();
    await expect(emulator.call('/upload-tokens', { method: 'POST', json: { ttl: 0 } })).rejects.toThrow();
  });

  it('drops the answer after the work is done at dropResponseRate 1', async () => {
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: 'lost answer' } })).json();
    await setFaults({ dropResponseRate: 1 });
    await expect(
      emulator.call(`/videos/${video.videoId}/source`, {
        method: 'POST',
        body: fileForm('abc'),
        headers: { 'content-range': 'part 1/1' },
      }),
    ).rejects.toThrow();
    await setFaults({ dropResponseRate: 0 });
    const status = await (await emulator.call(`/videos/${video.videoId}/status`)).json();
    expect(status.ingest).toMatchObject({ status: 'uploaded', filesize: 3 });
  });

  it('adds latency', async () => {
    await setFaults({ latencyMs: 300 });
    const started = Date.now();
    expect((await emulator.call('/videos')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('caps the bandwidth of request bodies', async () => {
    await setFaults({ bandwidthBps: 256 * 1024 });
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: 'slow' } })).json();
    const started = Date.now();
    const response = await emulator.call(`/videos/${video.videoId}/source`, {
      method: 'POST',
      body: fileForm(new Uint8Array(512 * 1024)),
    });
    expect(response.status).toBe(201);
    // 512 KiB at 256 KiB/s cannot take less than ~2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('caps the bandwidth of JSON bodies too', async () => {
    await setFaults({ bandwidthBps: 100 * 1024 });
    const started = Date.now();
    const response = await emulator.call('/videos', {
      method: 'POST',
      json: { title: 'slow', description: 'x'.repeat(200 * 1024) },
    });
    expect(response.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('takes faults from the options', async () => {
    const faulty = await startTestEmulator({ faults: { rateLimitRate: 1 } });
    try {
      expect((await faulty.call('/videos')).status).toBe(429);
      expect(await (await faulty.call('/_emulator/faults')).json()).toMatchObject({ rateLimitRate: 1, dropRate: 0 });
    } finally {
      await faulty.dispose();
    }
  });

  it('enforces api.video’s sandbox budgets when asked', async () => {
    await setFaults({ rateLimit: 'sandbox' });
    let last: Response | undefined;
    const remaining: number[] = [];
    for (let i = 0; i < 41; i++) {
      last = await emulator.call('/upload-tokens', { method: 'POST', json: { ttl: 0 } });
      remaining.push(Number(last.headers.get('x-ratelimit-remaining')));
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(last!.headers.get('x-ratelimit-limit')).toBe('40');
    expect(remaining.at(-1)).toBe(0);
    expect(remaining[1]! < remaining[0]!).toBe(true);
    // Reads have their own budget.
    expect((await emulator.call('/videos')).status).toBe(200);
  });

  it('refuses invalid fault settings', async () => {
    const response = await emulator.call('/_emulator/faults', { method: 'PUT', json: { errorRate: 'high' } });
    expect(response.status).toBe(400);
  });
});

describe('request counts', () => {
  it('counts requests per route pattern and resets', async () => {
    expect((await emulator.call('/_emulator/requests', { method: 'DELETE' })).status).toBe(204);
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: 'count' } })).json();
    await emulator.call(`/videos/${video.videoId}`);
    await emulator.call(`/videos/${video.videoId}`);
    await emulator.call('/nowhere');
    const counts = await (await emulator.call('/_emulator/requests')).json();
    expect(counts).toEqual({ 'POST /videos': 1, 'GET /videos/{videoId}': 2, 'GET (unmatched)': 1 });
  });

  it('counts dropped and failed requests too', async () => {
    await emulator.call('/_emulator/requests', { method: 'DELETE' });
    await setFaults({ errorRate: 1 });
    await emulator.call('/videos');
    await setFaults({ errorRate: 0 });
    expect(await (await emulator.call('/_emulator/requests')).json()).toEqual({ 'GET /videos': 1 });
  });
});

describe('CORS', () => {
  it('answers preflights from localhost origins and exposes the rate-limit headers', async () => {
    const preflight = await fetch(`${emulator.url}/videos/vi123/source`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-range',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-range');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const response = await emulator.call('/videos', { headers: { origin: 'http://127.0.0.1:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining');
  });

  it('gives other origins no CORS headers', async () => {
    const response = await emulator.call('/videos', { headers: { origin: 'https://example.com' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
