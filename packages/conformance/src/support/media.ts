import { readFile } from 'node:fs/promises';
import type { RunningEmulator } from '@vidkit/emulator';

/** A video as the API answers it (the fields these tests read). */
export interface ApiVideo {
  videoId: string;
  title: string;
  assets: { player: string; iframe: string; hls: string; thumbnail: string };
}

async function call<T>(emulator: RunningEmulator, method: string, path: string, body?: BodyInit | object): Promise<T> {
  const json = body !== undefined && !(body instanceof FormData);
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      authorization: `Basic ${btoa(`${emulator.apiKey}:`)}`,
      ...(json && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: json ? JSON.stringify(body) : (body as BodyInit) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** `GET /videos/{id}` (for a private video: fresh single-use tokens in every asset URL). */
export const getVideo = (emulator: RunningEmulator, videoId: string) =>
  call<ApiVideo>(emulator, 'GET', `/videos/${videoId}`);

/** Creates a video, uploads `clip` as its source in one request and waits until the emulator can play it. */
export async function playableVideo(
  emulator: RunningEmulator,
  clip: string,
  fields: { title: string; public?: boolean },
): Promise<ApiVideo> {
  const video = await call<ApiVideo>(emulator, 'POST', '/videos', fields);
  const form = new FormData();
  form.set('file', new Blob([await readFile(clip)], { type: 'video/mp4' }), 'clip.mp4');
  await call(emulator, 'POST', `/videos/${video.videoId}/source`, form);
  for (;;) {
    const status = await call<{ encoding: { playable: boolean } }>(emulator, 'GET', `/videos/${video.videoId}/status`);
    if (status.encoding.playable) return video;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
