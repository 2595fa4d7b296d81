import { afterEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from './create-player.js';
import { emulatorUrl, sharedClip, until, uploadClip, videoElement } from './test-support/emulator.js';

const players: Player[] = [];
afterEach(() => {
  for (const player of players.splice(0)) player.destroy();
  document.body.replaceChildren();
});
const track = (player: Player) => (players.push(player), player);

const requestCounts = async (): Promise<Record<string, number>> =>
  (await fetch(`${emulatorUrl}/_emulator/requests`)).json();
const resetCounts = () => fetch(`${emulatorUrl}/_emulator/requests`, { method: 'DELETE' });
const deliveryRequests = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([route]) => / \/(vod|live)\//.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
const manifestRequests = (url: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;

/** hls.js through the public loader option, counting the instances alive. */
async function countedHls() {
  const { default: Hls } = await import('hls.js');
  const counter = { alive: 0, created: 0 };
  class CountedHls extends Hls {
    constructor(config?: ConstructorParameters<typeof Hls>[0]) {
      super(config);
      counter.alive++;
      counter.created++;
    }
    override destroy() {
      counter.alive--;
      super.destroy();
    }
  }
  return { counter, loadHls: async () => CountedHls };
}

describe('player.setOptions (Chromium, against the emulator)', () => {
  it('the same source again sends nothing; other options apply in place', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const video = videoElement();
    const options = { videoId, deliveryBaseUrl: emulatorUrl, muted: true, captions: [] };
    const player = track(createPlayer(video, options));
    // Fully buffered (a 4 s clip): from here on hls.js has nothing left to fetch.
    await until(
      () => player.getSnapshot().duration > 3 && player.getSnapshot().buffered >= player.getSnapshot().duration - 0.1,
      'the clip is buffered',
    );
    const before = player.getSnapshot();
    await resetCounts();
    player.setOptions({ ...options, captions: [] });
    player.setOptions({ videoId, loop: true, muted: false });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(deliveryRequests(await requestCounts())).toBe(0);
    expect(video.loop).toBe(true);
    expect(video.muted).toBe(false);
    expect(player.getSnapshot().qualities).toBe(before.qualities);
    expect(player.getSnapshot().status).not.toBe('loading');
  });

  it('a new videoId swaps in on the same <video>: one manifest request, the old hls.js destroyed', async () => {
    const [first, second] = await Promise.all([sharedClip({ duration: 4 }), uploadClip({ duration: 4 })]);
    const { counter, loadHls } = await countedHls();
    const manifest = (id: string) => `${emulatorUrl}/vod/${id}/hls/manifest.m3u8`;
    performance.clearResourceTimings();
    const video = videoElement();
    const player = track(
      createPlayer(video, { videoId: first, deliveryBaseUrl: emulatorUrl, autoplay: true, muted: true, loadHls }),
    );
    await until(() => player.getSnapshot().currentTime > 0.5, 'the first video plays');
    expect(counter).toEqual({ alive: 1, created: 1 });
    player.setOptions({ videoId: second, deliveryBaseUrl: emulatorUrl, autoplay: true, muted: true, loadHls });
    await until(
      () =>
        player.getSnapshot().status === 'playing' &&
        player.getSnapshot().currentTime > 0.5 &&
        manifestRequests(manifest(second)) > 0,
      'the second video plays',
    );
    expect(manifestRequests(manifest(second))).toBe(1);
    expect(manifestRequests(manifest(first))).toBe(1);
    expect(counter).toEqual({ alive: 1, created: 2 });
    expect(document.querySelectorAll('video')).toHaveLength(1);
    expect(video.isConnected).toBe(true);
  });

  it('a new source costs exactly one request at the emulator: its manifest', async () => {
    const [first, second] = await Promise.all([sharedClip({ duration: 4 }), uploadClip({ duration: 4 })]);
    // hls.js stops after the manifest (no playlist or segment loads), so the emulator counts manifests alone.
    const options = { deliveryBaseUrl: emulatorUrl, muted: true, hls: { autoStartLoad: false } };
    const video = videoElement();
    const player = track(createPlayer(video, { ...options, videoId: first }));
    await until(() => player.getSnapshot().qualities.length > 0, 'the first manifest is parsed');
    await resetCounts();
    player.setOptions({ ...options, videoId: second });
    await until(() => player.getSnapshot().qualities.length > 0, 'the second manifest is parsed');
    // A moment for any stray request to land before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(deliveryRequests(await requestCounts())).toBe(1);
    player.setOptions({ ...options, videoId: second });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(deliveryRequests(await requestCounts())).toBe(1);
  });

  it('switches from a VOD to a live stream with a partial that names only the new source', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const player = track(createPlayer(videoElement(), { videoId, deliveryBaseUrl: emulatorUrl, muted: true }));
    await until(() => player.getSnapshot().qualities.length > 0, 'the VOD is loaded');
    player.setOptions({ liveStreamId: 'li0000000000000000000002', token: 'none' });
    await until(() => player.getSnapshot().status === 'offline', 'the offline live stream');
    expect(player.getSnapshot()).toMatchObject({ isLive: true, qualities: [] });
  });

  it('refuses a source that is not exactly one of the four, and keeps playing the old one', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const player = track(createPlayer(videoElement(), { videoId, deliveryBaseUrl: emulatorUrl, muted: true }));
    await until(() => player.getSnapshot().qualities.length > 0, 'the VOD is loaded');
    expect(() => player.setOptions({ videoId: undefined })).toThrow(
      expect.objectContaining({ code: 'invalid_options' }),
    );
    expect(player.getSnapshot().status).not.toBe('error');
    expect(player.getSnapshot().qualities.length).toBeGreaterThan(0);
  });
});
