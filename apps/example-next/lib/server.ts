import 'server-only';
import { createApiClient, type ApiClient } from '@vidkit/core';

// With nothing set, the app talks to the emulator (`npm start` at the repo root, or `npx vidkit-emulator`).
const EMULATOR_URL = 'http://127.0.0.1:4010';
const EMULATOR_API_KEY = 'vidkit_dev_emulator_key_not_a_secret';

/** The API root: `VIDKIT_API_BASE_URL` (e.g. `https://sandbox.api.video`), else the emulator. */
export const apiBaseUrl = (): string => process.env.VIDKIT_API_BASE_URL ?? EMULATOR_URL;

/**
 * What the browser needs to know (never the key): the API root for uploads and the delivery root for playback,
 * which is the emulator itself, or api.video's CDN (core's default) for api.video.
 */
export function publicConfig(): { apiBaseUrl: string; deliveryBaseUrl: string | undefined } {
  const api = apiBaseUrl();
  return { apiBaseUrl: api, deliveryBaseUrl: new URL(api).hostname.endsWith('api.video') ? undefined : api };
}

let client: { key: string; client: ApiClient } | undefined;

/** The REST client with the API key (`VIDKIT_API_KEY`), for server code only: `server-only` fails a client import. */
export function apiClient(): ApiClient {
  const apiKey = process.env.VIDKIT_API_KEY ?? EMULATOR_API_KEY;
  const key = `${apiBaseUrl()} ${apiKey}`;
  // One client per process keeps its bearer token between requests.
  if (client?.key !== key) client = { key, client: createApiClient({ apiKey, apiBaseUrl: apiBaseUrl() }) };
  return client.client;
}
