// Plain-fetch helpers for the media tests: the emulator must not depend on @vidkit/core.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

export interface Emulator {
  url: string;
  apiKey: string;
}

export function api(emulator: Emulator) {
  const auth = `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}`;
  async function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(emulator.url + path, {
      method,
      headers: {
        authorization: auth,
        ...(body instanceof FormData || body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    call,
    async upload(file: string, fields: Record<string, unknown> = {}): Promise<string> {
      const video = await call<{ videoId: string }>('POST', '/videos', { title: basename(file), ...fields });
      const form = new FormData();
      form.set('file', await openAsBlob(file), basename(file));
      await call('POST', `/videos/${video.videoId}/source`, form);
      return video.videoId;
    },
    async attach(videoId: string, kind: 'captions' | 'chapters', language: string, vtt: string) {
      const form = new FormData();
      form.set('file', new Blob([vtt], { type: 'text/vtt' }), `${language}.vtt`);
      return call<{ src: string; uri: string }>('POST', `/videos/${videoId}/${kind}/${language}`, form);
    },
    status(videoId: string) {
      return call<VideoStatus>('GET', `/videos/${videoId}/status`);
    },
  };
}

export interface VideoStatus {
  ingest: { status?: string };
  encoding: {
    playable: boolean;
    qualities: Array<{ type: string; quality: string; status: string }>;
    metadata: Record<string, unknown>;
  };
}

/** Polls the status until `done`, recording each distinct status seen along the way. */
export async function watchStatus(
  client: ReturnType<typeof api>,
  videoId: string,
  done: (status: VideoStatus) => boolean,
  timeoutMs = 60_000,
): Promise<VideoStatus[]> {
  const seen: VideoStatus[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await client.status(videoId);
    const last = seen.at(-1);
    if (!last || JSON.stringify(last) !== JSON.stringify(status)) seen.push(status);
    if (done(status)) return seen;
    if (Date.now() > deadline) throw new Error(`Timed out; last status: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const settled = (s: VideoStatus) =>
  s.encoding.qualities.length > 0 && s.encoding.qualities.every((q) => q.status === 'encoded' || q.status === 'failed');

/** True when `observed` lists values in the order of `order` (each may be skipped, none may go back). */
export function inOrder(observed: readonly string[], order: readonly string[]): boolean {
  let index = 0;
  for (const value of observed) {
    const at = order.indexOf(value, index);
    if (at < 0) return false;
    index = at;
  }
  return true;
}
