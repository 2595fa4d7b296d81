// Helpers for the upload integration tests: a private emulator per test file (its own faults, counts and data dir).
import { join } from 'node:path';
import { startEmulator } from '@vidkit/emulator';
import { sha256File } from '@vidkit/tooling/media';

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<Emulator> {
  return startEmulator({ port: 0, host: '127.0.0.1', encoding: { enabled: false }, ...options });
}

const basic = (apiKey: string) => `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;

/** A delegated upload token, created the way a backend would. */
export async function createUploadToken(emulator: Emulator): Promise<string> {
  const response = await fetch(`${emulator.url}/upload-tokens`, {
    method: 'POST',
    headers: { Authorization: basic(emulator.apiKey), 'Content-Type': 'application/json' },
    body: JSON.stringify({ ttl: 0 }),
  });
  if (!response.ok) throw new Error(`upload token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The sha256 of the source the emulator assembled for a video. */
export function sourceSha(emulator: Emulator, videoId: string): Promise<string> {
  return sha256File(join(emulator.dataDir, 'videos', videoId, 'source'));
}

/** Upload requests (both endpoints) the emulator has received so far. */
export async function uploadRequests(emulator: Emulator): Promise<number> {
  const response = await fetch(`${emulator.url}/_emulator/requests`);
  const body = (await response.json()) as Record<string, unknown>;
  const counts = (typeof body.counts === 'object' && body.counts ? body.counts : body) as Record<string, number>;
  let total = 0;
  for (const [key, value] of Object.entries(counts)) {
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
