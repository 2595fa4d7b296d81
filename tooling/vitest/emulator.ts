// Helpers for tests (browser or Node) that talk to the emulator the shared global setup started for their project.
import { inject } from 'vitest';
import type {} from './provided.js';

/** The project's emulator URL (API and delivery). */
export const emulatorUrl = (): string => inject('emulatorUrl');

const basic = () => `Basic ${btoa(`${inject('emulatorApiKey')}:`)}`;

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${emulatorUrl()}${path}`, {
    method,
    headers: {
      ...(!path.startsWith('/_emulator/') && { Authorization: basic() }),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** What a backend does: mint a delegated upload token with the API key; `ttl` in seconds (0 = never expires). */
export async function createUploadToken(ttl = 3600): Promise<string> {
  return ((await (await send('POST', '/upload-tokens', { ttl })).json()) as { token: string }).token;
}

/** What a backend does to create a live stream. */
export async function createLiveStream(name = 'test stream'): Promise<{ liveStreamId: string; streamKey: string }> {
  return (await send('POST', '/live-streams', { name, public: true })).json();
}

/** Sets the emulator's fault injection (`PUT /_emulator/faults`, partial). */
export async function setFaults(faults: Record<string, unknown>): Promise<void> {
  await send('PUT', '/_emulator/faults', faults);
}

/** Every fault off. */
export const noFaults = {
  dropRate: 0,
  dropResponseRate: 0,
  errorRate: 0,
  rateLimitRate: 0,
  latencyMs: 0,
  bandwidthBps: 0,
  rateLimit: 'off',
} as const;

/** Requests the emulator answered since the last reset, per `"METHOD /route/{param}"` (admin routes excluded). */
export async function requestCounts(): Promise<Record<string, number>> {
  return (await send('GET', '/_emulator/requests')).json();
}

/** Sum of the counts whose route matches `pattern` (e.g. `/^GET \/live\//`). */
export async function countOf(pattern: RegExp): Promise<number> {
  let total = 0;
  for (const [route, count] of Object.entries(await requestCounts())) if (pattern.test(route)) total += count;
  return total;
}

/** Upload requests (both endpoints) the emulator has received so far. */
export const uploadRequests = (): Promise<number> => countOf(/^POST \/(upload|videos\/\{videoId\}\/source)$/);

/** Resets the request counts. */
export async function resetRequests(): Promise<void> {
  await send('DELETE', '/_emulator/requests');
}

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** The generated 3 s clip as a File, named as given. */
export function clipFile(name = 'clip.mp4'): File {
  return new File([decode(inject('clipBase64'))], name, { type: 'video/mp4' });
}

/** A file of `size` zero bytes with a video type (enough for upload tests that never play it). */
export function blankVideoFile(size: number, name = 'blank.mp4'): File {
  return new File([new Uint8Array(size)], name, { type: 'video/mp4' });
}

/** The hex sha256 of bytes, with Web Crypto (browser and Node). */
export async function sha256(data: Blob | BufferSource): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
