// Helpers for core's Node integration tests that need a private emulator per test file (their own faults, counts and
// data dir, beside the project-wide one of the shared setup); the HTTP helpers are the shared ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator } from '@vidkit/emulator';
import { sha256File } from '@vidkit/tooling/media';
import { emulatorClient } from '@vidkit/tooling/vitest/emulator';

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

/** The shared emulator helpers (tooling/vitest/emulator.ts), pointed at this file's private emulator. */
const client = (emulator: Emulator) => emulatorClient(() => emulator);

/** A delegated upload token, created the way a backend would; `ttl` in seconds, 0 = never expires. */
export const createUploadToken = (emulator: Emulator, ttl = 0): Promise<string> =>
  client(emulator).createUploadToken(ttl);

/** The sha256 of the source the emulator assembled for a video. */
export async function sourceSha(emulator: Emulator, videoId: string): Promise<string> {
  const path = join(emulator.dataDir, 'videos', videoId, 'source');
  // The upload can finish before the source is assembled: when a part the client gave up on (a cancel, a lost
  // answer) completed the set at the server, that request assembles it while the client learns the part is there.
  for (const deadline = Date.now() + 10_000; !existsSync(path) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return sha256File(path);
}

/** Request counts per route the emulator has received since the last reset, e.g. `{"POST /upload": 3}`. */
export const requestCounts = (emulator: Emulator) => client(emulator).requestCounts();

/** Upload requests (both endpoints) the emulator has received so far. */
export const uploadRequests = (emulator: Emulator) => client(emulator).uploadRequests();

export const resetRequests = (emulator: Emulator) => client(emulator).resetRequests();

export const setFaults = (emulator: Emulator, faults: Record<string, unknown>) => client(emulator).setFaults(faults);

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
