// The README's browser story in real Chromium against the emulator: a token made with the API key (server side),
// then a client with no credential at all uploading with it, across origins (CORS) with the AV-Origin-* headers.
import { commands } from 'vitest/browser';
import { describe, expect, inject, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { ApiError } from '../api-error.js';
import { createApiClient } from './api-client.js';

const baseUrl = inject('emulatorUrl');

describe('client in a browser', () => {
  it('uploads with a delegated upload token and reads the video back', async () => {
    // Stands in for the app's server; a real page never holds the key.
    const server = createApiClient({
      apiBaseUrl: baseUrl,
      apiKey: inject('emulatorApiKey'),
      dangerouslyAllowBrowser: true,
    });
    const { token } = await server.uploadTokens.create({ ttl: 600 });

    const bytes = Uint8Array.from(atob(await commands.vidkitClip({ duration: 1, width: 320, height: 180 })), (c) =>
      c.charCodeAt(0),
    );
    const browser = createApiClient({ apiBaseUrl: baseUrl, origin: { app: { name: 'browser-test', version: '1.0' } } });
    const video = await browser.uploads.withToken(token!, new File([bytes], 'clip.mp4', { type: 'video/mp4' }));
    expect(video.videoId).toMatch(/^vi/);

    const status = await server.videos.getStatus(video.videoId);
    expect(status.ingest?.filesize).toBe(bytes.byteLength);
    expect(browser.rateLimit?.limit).toBeGreaterThan(0);
  });

  it('maps an API error in the browser too', async () => {
    const browser = createApiClient({ apiBaseUrl: baseUrl });
    const error = await browser.videos.get('vi-missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(ErrorCode.Unauthorized);
  });
});
