// Helpers for tests (browser or Node) that talk to the emulator the shared global setup started for their project.
import { inject } from 'vitest';
import type {} from './provided.js';

/** The project's emulator URL (API and delivery). */
export const emulatorUrl = (): string => inject('emulatorUrl');

/** An emulator to talk to: its URL and API key. */
export interface EmulatorTarget {
  url: string;
  apiKey: string;
}

/**
 * The helpers below for any emulator (e.g. a private one a test file started), read lazily from `target`.
 *
 * @example
 * const { setFaults } = emulatorClient(() => emulator);
 */
export function emulatorClient(target: () => EmulatorTarget) {
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const { url, apiKey } = target();
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(!path.startsWith('/_emulator/') && { Authorization: `Basic ${btoa(`${apiKey}:`)}` }),
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  }
  const requestCounts = async (): Promise<Record<string, number>> => (await send('GET', '/_emulator/requests')).json();
  const countOf = async (pattern: RegExp): Promise<number> => {
    let total = 0;
    for (const [route, count] of Object.entries(await requestCounts())) if (pattern.test(route)) total += count;
    return total;
  };
  return {
    /** What a backend does: mint a delegated upload token with the API key; `ttl` in seconds (0 = never expires). */
    createUploadToken: async (ttl = 3600): Promise<string> =>
      ((await (await send('POST', '/upload-tokens', { ttl })).json()) as { token: string }).token,
    /** What a backend does to create a live stream. */
    createLiveStream: async (name = 'test stream'): Promise<{ liveStreamId: string; streamKey: string }> =>
      (await send('POST', '/live-streams', { name, public: true })).json(),
    /** Sets the emulator's fault injection (`PUT /_emulator/faults`, partial). */
    setFaults: async (faults: Record<string, unknown>): Promise<void> => {
      await send('PUT', '/_emulator/faults', faults);
    },
    /** Requests the emulator answered since the last reset, per `"METHOD /route/{param}"` (admin routes excluded). */
    requestCounts,
    /** Sum of the counts whose route matches `pattern` (e.g. `/^GET \/live\//`). */
    countOf,
    /** Upload requests (both endpoints) the emulator has received so far. */
    uploadRequests: (): Promise<number> => countOf(/^POST \/(upload|videos\/\{videoId\}\/source)$/),
    /**
     * An aggregated metric as the emulator counts it from the players' reports (`GET /data/metrics/{path}`), e.g.
     * `metricOf('play/count', { mediaId: videoId })`.
     */
    metricOf: async (path: string, filter: { mediaId?: string } = {}): Promise<number> => {
      const query = filter.mediaId ? `?filterBy[mediaId][]=${encodeURIComponent(filter.mediaId)}` : '';
      return ((await (await send('GET', `/data/metrics/${path}${query}`)).json()) as { data: number }).data;
    },
    /** Resets the request counts. */
    resetRequests: async (): Promise<void> => {
      await send('DELETE', '/_emulator/requests');
    },
  };
}

/** The helpers bound to the project's emulator (the shared global setup's). */
export const {
  createUploadToken,
  createLiveStream,
  setFaults,
  requestCounts,
  countOf,
  uploadRequests,
  resetRequests,
  metricOf,
} = emulatorClient(() => ({ url: inject('emulatorUrl'), apiKey: inject('emulatorApiKey') }));

/** Every fault off. */
export const noFaults = {
  dropRate: 0,
  dropResponseRate: 0,
  errorRate: 0,
  rateLimitRate: 0,
  latencyMs: 0,
  bandwidthBps: 0,
  encodingDelayMs: 0,
  rateLimit: 'off',
} as const;

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
