import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { createPlayer, type Player } from './create-player.js';
import { prefersNativeHls } from './hls-support.js';
import type { HlsModule } from './hls-types.js';
import { api, emulatorUrl, sharedClip, until, videoElement, type ApiVideo } from './test-support/emulator.js';

// Chromium has its own HLS player now (canPlayType answers "maybe"); hiding MediaSource makes the page look like
// older iOS, where createPlayer hands the playlist to the browser. So the native path runs for real here, without
// Safari: the browser itself fetches the manifest, the renditions and every segment.
const MSE = ['MediaSource', 'WebKitMediaSource', 'ManagedMediaSource'] as const;
const saved = new Map<string, PropertyDescriptor>();
const players: Player[] = [];
const publishers: string[] = [];
let hlsImports = 0;
const loadHls = (): Promise<HlsModule> => (hlsImports++, import('hls.js'));

beforeEach(() => {
  for (const name of MSE) {
    const descriptor = Object.getOwnPropertyDescriptor(window, name);
    if (descriptor) saved.set(name, descriptor);
    delete (window as unknown as Record<string, unknown>)[name];
  }
  hlsImports = 0;
});
afterEach(() => {
  for (const player of players.splice(0)) player.destroy();
  for (const [name, descriptor] of saved) Object.defineProperty(window, name, descriptor);
  saved.clear();
  document.body.replaceChildren();
});
afterAll(async () => {
  for (const id of publishers) await commands.stopLive(id);
});
const track = (player: Player) => (players.push(player), player);

describe('native HLS (Chromium built-in HLS, MediaSource hidden)', () => {
  it('hands the playlist to the browser and never imports hls.js', async () => {
    const video = videoElement();
    expect(prefersNativeHls(video)).toBe(true);
    const videoId = await sharedClip({ duration: 6 });
    const player = track(
      createPlayer(video, { videoId, deliveryBaseUrl: emulatorUrl, autoplay: true, muted: true, loadHls, startAt: 2 }),
    );
    await until(() => player.getSnapshot().currentTime > 2.5, 'currentTime past startAt + 0.5 s');
    expect(video.currentSrc).toBe(`${emulatorUrl}/vod/${videoId}/hls/manifest.m3u8`);
    expect(player.getSnapshot()).toMatchObject({ status: 'playing', qualities: [], isLive: false });
    expect(player.getSnapshot().duration).toBeGreaterThan(5);
    expect(hlsImports).toBe(0);
    player.pause();
    await until(() => player.getSnapshot().status === 'paused', 'paused');
  });

  it('plays a private video through one token: the session reaches every rendition and segment', async () => {
    const videoId = await sharedClip({ public: false });
    const video = await api<ApiVideo>('GET', `/videos/${videoId}`);
    const element = videoElement();
    const player = track(createPlayer(element, { video, autoplay: true, muted: true, loadHls }));
    await until(() => player.getSnapshot().currentTime > 1, 'the private video plays natively');
    expect(element.currentSrc).toMatch(/\/token\/[^/]+\/hls\/manifest\.m3u8\?avh=/);
    expect(hlsImports).toBe(0);
  });

  it('a video that does not exist is not_found (its manifest answers 404), before the browser tries it', async () => {
    const element = videoElement();
    const player = track(
      createPlayer(element, { videoId: 'vi0000000000000000000000', deliveryBaseUrl: emulatorUrl, loadHls }),
    );
    await until(() => player.getSnapshot().status === 'error', 'status error');
    expect(player.getSnapshot().error?.code).toBe('not_found');
    expect(element.getAttribute('src')).toBeNull();
  });

  it('a live stream: offline, plays when the pusher starts, offline again when it stops', async () => {
    const rtmpUrl = inject('emulatorRtmpUrl');
    expect(rtmpUrl, 'the emulator runs live ingest').toBeTruthy();
    const { liveStreamId, streamKey } = await api<{ liveStreamId: string; streamKey: string }>(
      'POST',
      '/live-streams',
      { name: 'native live test', public: true },
    );
    const player = track(
      createPlayer(videoElement(), {
        liveStreamId,
        deliveryBaseUrl: emulatorUrl,
        autoplay: true,
        muted: true,
        liveCheckInterval: 2000,
        loadHls,
      }),
    );
    await until(() => player.getSnapshot().status === 'offline', 'offline before the pusher starts');
    const publisher = streamKey;
    await commands.pushLive(publisher);
    publishers.push(publisher);
    // Chromium's native player fails the first, one-segment window; the player re-checks until it plays.
    await until(() => player.getSnapshot().status === 'playing', 'the player starts by itself', 30_000);
    const at = player.getSnapshot().currentTime;
    await until(() => player.getSnapshot().currentTime > at + 1, 'live currentTime advances', 15_000);
    expect(player.getSnapshot().isLive).toBe(true);
    await commands.stopLive(publisher);
    // The browser just waits on the playlist that now answers 404; the player notices and goes offline.
    await until(() => player.getSnapshot().status === 'offline', 'offline after the pusher stops', 30_000);
    expect(player.getSnapshot().error).toBeUndefined();
    expect(hlsImports).toBe(0);
  }, 90_000);
});
