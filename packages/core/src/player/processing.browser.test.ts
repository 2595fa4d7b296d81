import { afterEach, describe, expect, it } from 'vitest';
import type { VidkitError } from '../errors.js';
import type { VideoStatusBody } from '../status/video-status.js';
import { createPlayer, type Player } from './create-player.js';
import type { PlayerStatus } from './snapshot.js';
import { api, emulatorUrl, until, videoElement, type ApiVideo } from './test-support/emulator.js';
import { commands } from 'vitest/browser';

const players: Player[] = [];
afterEach(() => {
  for (const player of players.splice(0)) player.destroy();
  document.body.replaceChildren();
});

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const manifestRequests = (videoId: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/vod/${videoId}/hls/manifest.m3u8`)).length;

/** A player on `videoId` that records every status it reports and every error. */
function watch(videoId: string, extra: Parameters<typeof createPlayer>[1] = {}) {
  const statuses: PlayerStatus[] = [];
  const errors: VidkitError[] = [];
  const player = createPlayer(videoElement(), {
    videoId,
    deliveryBaseUrl: emulatorUrl,
    autoplay: true,
    muted: true,
    onStatusChange: (status) => statuses.push(status),
    onError: (error) => errors.push(error),
    ...extra,
  });
  players.push(player);
  return { player, statuses, errors };
}

async function upload(videoId: string, bytes: Uint8Array, type = 'video/mp4') {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart], { type }), 'clip.mp4');
  await api('POST', `/videos/${videoId}/source`, form);
}

describe('a video still encoding (Chromium, emulator)', () => {
  it('is processing, not an error, and plays by itself once encoded', async () => {
    // No source yet: the manifest answers 202, as api.video's does while a video encodes.
    const { videoId } = await api<ApiVideo>('POST', '/videos', { title: 'processing', public: true });
    const { player, statuses, errors } = watch(videoId);
    await until(() => player.getSnapshot().status === 'processing', 'status processing');
    await until(() => manifestRequests(videoId) >= 2, 'a second look at the manifest');
    expect(player.getSnapshot().error).toBeUndefined();

    await upload(videoId, decode(await commands.vidkitClip({ duration: 3, width: 320, height: 180 })));
    await until(() => player.getSnapshot().currentTime > 0.5, 'currentTime > 0.5 s', 60_000);
    expect(statuses[0]).toBe('processing');
    expect(statuses).toContain('playing');
    expect(statuses).not.toContain('error');
    expect(errors).toEqual([]);
  });

  it('a 404 is not_found, at once', async () => {
    const { player, errors } = watch('vi0000000000000000000404');
    await until(() => player.getSnapshot().status === 'error', 'status error');
    expect(player.getSnapshot().error?.code).toBe('not_found');
    expect(errors.map((e) => e.code)).toEqual(['not_found']);
  });

  it('with getVideoStatus, a failed encoding is a final encoding_failed error', async () => {
    const { videoId } = await api<ApiVideo>('POST', '/videos', { title: 'not a video', public: true });
    const getVideoStatus = (id: string) => api<VideoStatusBody>('GET', `/videos/${id}/status`);
    const { player, errors } = watch(videoId, { getVideoStatus });
    await until(() => player.getSnapshot().status === 'processing', 'status processing');
    await upload(videoId, new TextEncoder().encode('this is a text file, not a video\n'.repeat(64)));
    await until(() => player.getSnapshot().status === 'error', 'status error', 30_000);
    expect(player.getSnapshot().error?.code).toBe('encoding_failed');
    expect(errors.map((e) => e.code)).toEqual(['encoding_failed']);
    const seen = manifestRequests(videoId);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(manifestRequests(videoId)).toBe(seen);
  });

  it('does not look while the page is hidden', async () => {
    const { videoId } = await api<ApiVideo>('POST', '/videos', { title: 'hidden', public: true });
    const { player } = watch(videoId);
    await until(() => player.getSnapshot().status === 'processing', 'status processing');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      const seen = manifestRequests(videoId);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(manifestRequests(videoId)).toBe(seen);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    const seen = manifestRequests(videoId);
    await until(() => manifestRequests(videoId) > seen, 'a look once visible again');
  });
});
