// Videos the player scenarios play: uploaded once per run with the API key (as a backend would), then encoded by
// the emulator.
import { inject } from 'vitest';
import { clipFile, emulatorUrl } from '@vidkit/tooling/vitest/emulator';
import { eventually } from './helpers.js';

const auth = () => ({ Authorization: `Basic ${btoa(`${inject('emulatorApiKey')}:`)}` });

interface ApiVideo {
  videoId: string;
  assets: { hls: string };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates a video, uploads the generated clip and waits until it is playable; returns its id (and token if private). */
export async function playableVideo(isPublic = true): Promise<{ videoId: string; token?: string }> {
  const url = emulatorUrl();
  const video = await json<ApiVideo>(
    await fetch(`${url}/videos`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'contract', public: isPublic }),
    }),
  );
  const form = new FormData();
  form.append('file', clipFile(), 'clip.mp4');
  await json(await fetch(`${url}/videos/${video.videoId}/source`, { method: 'POST', headers: auth(), body: form }));
  await eventually(async () => {
    const status = await json<{ encoding?: { playable?: boolean } }>(
      await fetch(`${url}/videos/${video.videoId}/status`, { headers: auth() }),
    );
    if (!status.encoding?.playable) throw new Error(`${video.videoId} is not playable yet`);
  }, 60_000);
  if (isPublic) return { videoId: video.videoId };
  const token = /\/token\/([^/]+)\//.exec(video.assets.hls)?.[1];
  if (!token) throw new Error(`No token in the private video's HLS URL ${video.assets.hls}`);
  return { videoId: video.videoId, token };
}
