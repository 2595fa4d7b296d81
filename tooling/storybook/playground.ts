/**
 * Where the stories get their data: the local emulator by default, a real api.video sandbox when the
 * `STORYBOOK_APIVIDEO_*` variables are set.
 *
 * IN A REAL APP THE UPLOAD TOKEN COMES FROM YOUR BACKEND: your server keeps the API key, creates a delegated upload
 * token (`POST /upload-tokens`) and hands only that token to the browser. The stories below ask the emulator for a
 * token with its development key (a documented, fake, emulator-only constant) so that they work with no setup.
 */

/** The emulator's development API key (not a secret: it only works against the local emulator). */
export const EMULATOR_DEV_API_KEY = 'vidkit_dev_emulator_key_not_a_secret';

const env = import.meta.env as Record<string, string | undefined>;

/** Set by the end-to-end test (and usable from the console) to point the stories at another emulator. */
declare global {
  var VIDKIT_EMULATOR_URL: string | undefined;
}

/** True when the stories talk to a real api.video sandbox. */
export const usesSandbox = Boolean(env.STORYBOOK_APIVIDEO_UPLOAD_TOKEN);

/** The emulator's URL (`npm start` runs it on port 4010). */
export function emulatorUrl(): string {
  return globalThis.VIDKIT_EMULATOR_URL ?? env.STORYBOOK_VIDKIT_EMULATOR_URL ?? 'http://127.0.0.1:4010';
}

/**
 * Settings for each framework's provider (`<VidkitProvider>`, `VidkitPlugin`, `provideVidkit`, `setVidkitConfig`):
 * API root and delivery roots.
 */
export function providerSettings() {
  if (usesSandbox) {
    return {
      apiBaseUrl: env.STORYBOOK_APIVIDEO_BASE_URL ?? 'https://sandbox.api.video',
    };
  }
  const url = emulatorUrl();
  return { apiBaseUrl: url, deliveryBaseUrl: url };
}

function emulatorHeaders(): HeadersInit {
  return { Authorization: `Basic ${btoa(`${EMULATOR_DEV_API_KEY}:`)}`, 'Content-Type': 'application/json' };
}

async function emulatorJson<T>(method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${emulatorUrl()}${path}`, {
    method,
    headers: emulatorHeaders(),
    body: body ? JSON.stringify(body) : null,
  });
  if (!response.ok) {
    throw new Error(`The emulator answered ${response.status} to ${method} ${path}. Is it running (npm start)?`);
  }
  return (await response.json()) as T;
}

/**
 * A delegated upload token. Playground only: in your app, call your backend here
 * (e.g. `fetch('/api/upload-token').then((r) => r.text())`).
 */
export async function getUploadToken(): Promise<string> {
  if (usesSandbox) return env.STORYBOOK_APIVIDEO_UPLOAD_TOKEN!;
  return (await emulatorJson<{ token: string }>('POST', '/upload-tokens', { ttl: 3600 })).token;
}

/** A Video as `GET /videos/{id}` returns it: its asset URLs carry a fresh token when the video is private. */
export interface PlaygroundVideo {
  videoId: string;
  public?: boolean;
  assets?: { hls?: string };
}

/** The most recent video (with fresh asset URLs), for the player stories when none is given. */
export async function latestVideo(): Promise<PlaygroundVideo | undefined> {
  if (usesSandbox) {
    const videoId = env.STORYBOOK_APIVIDEO_VIDEO_ID;
    return videoId ? { videoId } : undefined;
  }
  const page = await emulatorJson<{ data: PlaygroundVideo[] }>(
    'GET',
    '/videos?sortBy=createdAt&sortOrder=desc&pageSize=1',
  );
  const latest = page.data[0];
  return latest && emulatorJson<PlaygroundVideo>('GET', `/videos/${latest.videoId}`);
}

/**
 * A private video: the most recent one, made private (`PATCH /videos/{id}` — what your backend would do), then read
 * again so its asset URLs carry a single-use token. In a sandbox: `STORYBOOK_APIVIDEO_PRIVATE_VIDEO_ID` and
 * `STORYBOOK_APIVIDEO_PRIVATE_TOKEN`.
 */
export async function privateVideo(): Promise<
  { videoId: string; token?: string; video?: PlaygroundVideo } | undefined
> {
  if (usesSandbox) {
    const videoId = env.STORYBOOK_APIVIDEO_PRIVATE_VIDEO_ID;
    return videoId ? { videoId, token: env.STORYBOOK_APIVIDEO_PRIVATE_TOKEN ?? '' } : undefined;
  }
  const latest = await latestVideo();
  if (!latest) return undefined;
  if (latest.public !== false) await emulatorJson('PATCH', `/videos/${latest.videoId}`, { public: false });
  const video = await emulatorJson<PlaygroundVideo>('GET', `/videos/${latest.videoId}`);
  return { videoId: video.videoId, video };
}

/** A live stream to watch: the sandbox's configured one, or a new one in the emulator (with its stream key). */
export async function liveStream(): Promise<{ liveStreamId: string; streamKey?: string }> {
  if (usesSandbox) return { liveStreamId: env.STORYBOOK_APIVIDEO_LIVE_STREAM_ID ?? '' };
  return emulatorJson('POST', '/live-streams', { name: 'Storybook live', public: true });
}
