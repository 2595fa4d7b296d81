import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../index.js';
import type { EmulatorOptions, RunningEmulator } from '../index.js';

/** A started emulator with a temporary data dir and helpers to call it. */
export interface TestEmulator extends RunningEmulator {
  auth: Record<string, string>;
  /** fetch relative to the emulator URL, authenticated with Basic unless `auth: false`. */
  call(path: string, init?: RequestInit & { json?: unknown; auth?: boolean }): Promise<Response>;
  /** Stops it and removes its data dir. */
  dispose(): Promise<void>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'vidkit-emulator-test-')));
  // Encoding is off unless a test asks for it: these tests upload random bytes, not videos.
  const emulator = await startEmulator({ port: 0, encoding: { enabled: false }, ...options, dataDir });
  const auth = { authorization: `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}` };
  return {
    ...emulator,
    auth,
    call(path, init = {}) {
      const { json, auth: withAuth = true, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (withAuth && !headers.has('authorization')) headers.set('authorization', auth.authorization);
      if (json !== undefined) {
        headers.set('content-type', 'application/json');
        rest.body = JSON.stringify(json);
      }
      return fetch(`${emulator.url}${path}`, { ...rest, headers });
    },
    async dispose() {
      await emulator.stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart body with one file. */
export function fileForm(
  data: Blob | Uint8Array | string,
  filename = 'file.mp4',
  fields: Record<string, string> = {},
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer> | string]);
  form.append('file', blob, filename);
  return form;
}

/** An api.video-shaped error body. */
export function isProblem(body: unknown, status: number): boolean {
  const value = body as Record<string, unknown>;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value['type'] === 'string' &&
    (value['type'] as string).startsWith('https://docs.api.video/reference/') &&
    typeof value['title'] === 'string' &&
    value['status'] === status
  );
}
