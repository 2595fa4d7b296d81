// Helpers for the upload integration tests: a private emulator per test file (its own faults, counts and data dir).
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator } from '@vidkit/emulator';
import { sha256File } from '@vidkit/tooling/media';

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<Emulator> {
  return startEmulator({ port: 0, host: '127.0.0.1', encoding: { enabled: false }, ...options });
}

/**
 * A private emulator for the calling test file: started in `beforeAll`, stopped in `afterAll`. The returned object
 * stands for it and may be used in tests and hooks (not at the top level, before it has started).
 */
export function useEmulator(options: Parameters<typeof startEmulator>[0] = {}): Emulator {
  let started: Emulator | undefined;
  beforeAll(async () => {
    started = await start(options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as Emulator, {
    get(_target, key) {
      if (!started) throw new Error('The test emulator starts in beforeAll; use it inside tests and hooks.');
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

const basic = (apiKey: string) => `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;

/** A delegated upload token, created the way a backend would; `ttl` in seconds, 0 = never expires. */
export async function createUploadToken(emulator: Emulator, ttl = 0): Promise<string> {
  const response = await fetch(`${emulator.url}/upload-tokens`, {
    method: 'POST',
    headers: { Authorization: basic(emulator.apiKey), 'Content-Type': 'application/json' },
    body: JSON.stringify({ ttl }),
  });
  if (!response.ok) throw new Error(`upload token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The sha256 of the source the emulator assembled for a video. */
export function sourceSha(emulator: Emulator, videoId: string): Promise<string> {
  return sha256File(join(emulator.dataDir, 'videos', videoId, 'source'));
}

/** Request counts per route the emulator has received since the last reset, e.g. `{"POST /upload": 3}`. */
export async function requestCounts(emulator: Emulator): Promise<Record<string, number>> {
  const response = await fetch(`${emulator.url}/_emulator/requests`);
  const body = (await response.json()) as Record<string, unknown>;
  return (typeof body.counts === 'object' && body.counts ? body.counts : body) as Record<string, number>;
}

/** Upload requests (both endpoints) the emulator has received so far. */
export async function uploadRequests(emulator: Emulator): Promise<number> {
  let total = 0;
  for (const [key, value] of Object.entries(await requestCounts(emulator))) {
    if (/^POST \/(upload|videos\/[^/]+\/source)$/.test(key)) total += Number(value);
  }
  return total;
}

export async function resetRequests(emulator: Emulator): Promise<void> {
  await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
}

export async function setFaults(emulator: Emulator, faults: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`faults: ${response.status} ${await response.text()}`);
}

export const NO_FAULTS = { dropRate: 0, errorRate: 0, rateLimitRate: 0, latencyMs: 0, bandwidthBps: 0 };

export const MiB = 1024 * 1024;

/** Resolves once `predicate` holds for the store's snapshot. */
export function until<T>(
  store: { subscribe(l: () => void): () => void; getSnapshot(): T },
  predicate: (s: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    if (predicate(store.getSnapshot())) return resolve(store.getSnapshot());
    const off = store.subscribe(() => {
      if (predicate(store.getSnapshot())) {
        off();
        resolve(store.getSnapshot());
      }
    });
  });
}
