// Under a `server` directory: SvelteKit refuses to bundle this module (and so the API key) into browser code.
import { VIDKIT_API_BASE_URL, VIDKIT_API_KEY } from '$app/env/private';
import { createApiClient } from '@vidkit/core';

/**
 * What the browser needs to know (never the key): the API root for uploads and the delivery root for playback,
 * which is the emulator itself, or api.video's CDN (core's default) for api.video.
 */
export function publicConfig(): { apiBaseUrl: string; deliveryBaseUrl: string | undefined } {
  const apiBaseUrl = VIDKIT_API_BASE_URL;
  return { apiBaseUrl, deliveryBaseUrl: new URL(apiBaseUrl).hostname.endsWith('api.video') ? undefined : apiBaseUrl };
}

/** The REST client with the API key; one per process keeps its bearer token between requests. */
export const apiClient = createApiClient({ apiKey: VIDKIT_API_KEY, apiBaseUrl: VIDKIT_API_BASE_URL });
