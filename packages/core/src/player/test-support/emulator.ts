import { inject } from 'vitest';
import { commands } from 'vitest/browser';
import { createCredentialProvider } from '../../auth/credentials.js';
import { watchVideoStatus } from '../../status/video-status.js';

/** Helpers for browser tests that talk to the emulator started by the shared global setup. */
export const emulatorUrl = inject('emulatorUrl');
const apiKey = inject('emulatorApiKey');
// The emulator's fake development key, in a test page only.
export const credential = createCredentialProvider({ apiBaseUrl: emulatorUrl, apiKey, dangerouslyAllowBrowser: true });

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const authorization = (await credential.authorization())!;
  const form = body instanceof FormData;
  const response = await fetch(emulatorUrl + path, {
    method,
    headers: {
      Authorization: authorization,
      ...(body !== undefined && !form && { 'Content-Type': 'application/json' }),
    },
    ...(body !== undefined && { body: form ? body : JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface ApiVideo {
  videoId: string;
  public: boolean;
  assets: { hls: string };
}

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/**
 * Creates a video, uploads a generated clip with a plain multipart POST, and waits until it is playable (or, with
 * `encoded`, until every rendition is).
 */
export async function uploadClip(
  options: { public?: boolean; height?: number; duration?: number; encoded?: boolean } = {},
) {
  const { height = 360, duration = 6 } = options;
  const video = await api<ApiVideo>('POST', '/videos', { title: 'player test', public: options.public ?? true });
  const bytes = decode(await commands.vidkitClip({ duration, width: Math.round((height * 16) / 9 / 2) * 2, height }));
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'video/mp4' }), 'clip.mp4');
  await api('POST', `/videos/${video.videoId}/source`, form);
  const status = watchVideoStatus(video.videoId, { credential, apiBaseUrl: emulatorUrl, interval: 300 });
  await status.ready;
  if (options.encoded) {
    const off = status.subscribe(() => {});
    await until(() => status.getSnapshot().status === 'encoded', 'every rendition encoded', 60_000).finally(off);
  }
  return video.videoId;
}

const shared = new Map<string, Promise<string>>();
/**
 * `uploadClip`, once per test file for the same options: tests that only play a clip share it (encoding is the
 * slow part of a player test). Tests that need distinct videos call `uploadClip`.
 */
export function sharedClip(options: Parameters<typeof uploadClip>[0] = {}): Promise<string> {
  const key = JSON.stringify(options);
  let clip = shared.get(key);
  if (!clip) shared.set(key, (clip = uploadClip(options)));
  return clip;
}

/** Resolves once `check()` is truthy, polling every 50 ms; rejects with `message` after `timeout` ms. */
export async function until<T>(check: () => T, message: string, timeout = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A muted <video> attached to the page. */
export function videoElement(): HTMLVideoElement {
  const video = document.createElement('video');
  video.muted = true;
  video.width = 320;
  document.body.append(video);
  return video;
}
