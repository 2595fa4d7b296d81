import { afterAll, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { apiLiveStatusSource } from '../status/api-live-source.js';
import { watchLiveStatus } from '../status/live-status.js';
import { createPlayer } from './create-player.js';
import { api, credential, emulatorUrl, until, videoElement } from './test-support/emulator.js';

const rtmpUrl = inject('emulatorRtmpUrl');
const INTERVAL = 2000;
const publishers: string[] = [];
afterAll(async () => {
  for (const id of publishers) await commands.stopLive(id);
});

async function createLiveStream() {
  return api<{ liveStreamId: string; streamKey: string }>('POST', '/live-streams', {
    name: 'player test',
    public: true,
  });
}

/** Polls the public manifest directly until it answers `status`, and returns when that happened. */
async function manifestAnswers(
  liveStreamId: string,
  status: number,
  timeout = 30_000,
  url = `${emulatorUrl}/live/${liveStreamId}.m3u8`,
) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const response = await fetch(url, { cache: 'no-store' });
    await response.body?.cancel();
    if (response.status === status) return Date.now();
    if (Date.now() > deadline) throw new Error(`the live manifest never answered ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function requestCounts(): Promise<Record<string, number>> {
  const response = await fetch(`${emulatorUrl}/_emulator/requests`);
  return (await response.json()) as Record<string, number>;
}

describe('live streams against the emulator (Chromium)', () => {
  it('100 subscribers make one manifest request per interval, counted at the emulator', async () => {
    const { liveStreamId } = await createLiveStream();
    await fetch(`${emulatorUrl}/_emulator/requests`, { method: 'DELETE' });
    const offs = Array.from({ length: 100 }, () =>
      watchLiveStatus(liveStreamId, { deliveryBaseUrl: emulatorUrl, interval: 1000 }).subscribe(() => {}),
    );
    await new Promise((resolve) => setTimeout(resolve, 3500));
    for (const off of offs) off();
    const during = (await requestCounts())['GET /live/{file}'] ?? 0;
    // An immediate first check, then one per second: 4 in 3.5 s (5 at most with timer jitter), never 100s.
    expect(during).toBeGreaterThanOrEqual(3);
    expect(during).toBeLessThanOrEqual(5);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await requestCounts())['GET /live/{file}'] ?? 0).toBe(during);
  });

  it('a status badge and a player on one stream share one manifest request per interval', async () => {
    const { liveStreamId } = await createLiveStream();
    await fetch(`${emulatorUrl}/_emulator/requests`, { method: 'DELETE' });
    const badge = watchLiveStatus(liveStreamId, { deliveryBaseUrl: emulatorUrl, interval: 1000 });
    const offBadge = badge.subscribe(() => {});
    const player = createPlayer(videoElement(), {
      liveStreamId,
      deliveryBaseUrl: emulatorUrl,
      muted: true,
      liveCheckInterval: 1000,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect(player.getSnapshot().status).toBe('offline');
      expect(badge.getSnapshot().status).toBe('offline');
      // Polling apart, the badge and the player would make about 8; sharing the loop, 4 (5 with timer jitter).
      const during = (await requestCounts())['GET /live/{file}'] ?? 0;
      expect(during).toBeGreaterThanOrEqual(3);
      expect(during).toBeLessThanOrEqual(5);
    } finally {
      offBadge();
      player.destroy();
    }
    // Nobody watches any more: no request after the last one leaves.
    const after = (await requestCounts())['GET /live/{file}'] ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await requestCounts())['GET /live/{file}'] ?? 0).toBe(after);
  });

  it('goes live when the pusher starts, plays by itself, and goes offline when it stops', async () => {
    expect(rtmpUrl, 'the emulator runs live ingest').toBeTruthy();
    const { liveStreamId, streamKey } = await createLiveStream();
    const status = watchLiveStatus(liveStreamId, { deliveryBaseUrl: emulatorUrl, interval: INTERVAL });
    const offStatus = status.subscribe(() => {});
    // The same stream through the authenticated API's `broadcasting` field.
    const apiStatus = watchLiveStatus(liveStreamId, {
      source: apiLiveStatusSource(credential, emulatorUrl),
      interval: INTERVAL,
    });
    const offApiStatus = apiStatus.subscribe(() => {});
    const video = videoElement();
    const player = createPlayer(video, {
      liveStreamId,
      deliveryBaseUrl: emulatorUrl,
      autoplay: true,
      muted: true,
      liveCheckInterval: INTERVAL,
    });
    try {
      await until(() => status.getSnapshot().status === 'offline', 'offline before the pusher starts');
      await until(() => apiStatus.getSnapshot().status === 'offline', 'API: not broadcasting');
      await until(() => player.getSnapshot().status === 'offline', 'player offline');

      const publisher = streamKey;

      await commands.pushLive(publisher);
      publishers.push(publisher);
      const liveAt = await manifestAnswers(liveStreamId, 200);
      await until(() => status.getSnapshot().status === 'live', 'watchLiveStatus says live', INTERVAL + 2000);
      expect(Date.now() - liveAt).toBeLessThanOrEqual(INTERVAL + 2000);
      await until(() => player.getSnapshot().status === 'playing', 'the player starts by itself', 20_000);
      const at = player.getSnapshot().currentTime;
      await until(() => player.getSnapshot().currentTime > at + 1, 'live currentTime advances', 15_000);
      expect(player.getSnapshot().isLive).toBe(true);
      await until(() => apiStatus.getSnapshot().status === 'live', 'API: broadcasting', INTERVAL + 2000);

      await commands.stopLive(publisher);
      const offlineAt = await manifestAnswers(liveStreamId, 404);
      await until(() => status.getSnapshot().status === 'offline', 'watchLiveStatus says offline', INTERVAL + 2000);
      expect(Date.now() - offlineAt).toBeLessThanOrEqual(INTERVAL + 2000);
      await until(() => player.getSnapshot().status === 'offline', 'the player shows offline', INTERVAL + 10_000);
      await until(() => apiStatus.getSnapshot().status === 'offline', 'API: broadcast ended', INTERVAL + 5000);
    } finally {
      offStatus();
      offApiStatus();
      player.destroy();
    }
  }, 90_000);

  it('plays a private live stream through the token in its API asset URL', async () => {
    const { liveStreamId, streamKey } = await api<{ liveStreamId: string; streamKey: string }>(
      'POST',
      '/live-streams',
      { name: 'private player test', public: false },
    );
    const stream = await api<{ liveStreamId: string; public: boolean; assets: { hls: string } }>(
      'GET',
      `/live-streams/${liveStreamId}`,
    );
    expect(stream.assets.hls).toMatch(/\/live\/private\/[^/]+\//);
    const player = createPlayer(videoElement(), {
      video: stream,
      autoplay: true,
      muted: true,
      liveCheckInterval: INTERVAL,
    });
    try {
      await until(() => player.getSnapshot().status === 'offline', 'offline before the pusher starts');
      const publisher = streamKey;
      await commands.pushLive(publisher);
      publishers.push(publisher);
      await manifestAnswers(liveStreamId, 200, 30_000, stream.assets.hls);
      // Without the token, the stream stays unreachable while on air.
      expect((await fetch(`${emulatorUrl}/live/${liveStreamId}.m3u8`)).status).toBe(404);
      await until(() => player.getSnapshot().status === 'playing', 'the private stream plays', 20_000);
      const at = player.getSnapshot().currentTime;
      await until(() => player.getSnapshot().currentTime > at + 1, 'live currentTime advances', 15_000);
      await commands.stopLive(publisher);
      await until(() => player.getSnapshot().status === 'offline', 'offline after the pusher stops', INTERVAL + 10_000);
      expect(player.getSnapshot().error).toBeUndefined();
    } finally {
      player.destroy();
    }
  }, 90_000);
});
