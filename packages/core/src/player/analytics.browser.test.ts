import { afterEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from './create-player.js';
import { api, emulatorUrl, sharedClip, until, videoElement } from './test-support/emulator.js';

const players: Player[] = [];
afterEach(() => {
  for (const player of players.splice(0)) player.destroy();
  document.body.replaceChildren();
});
const track = (player: Player) => (players.push(player), player);

/** A metric as the emulator counts it from the beacons it received, for one media. */
const metric = async (path: string, mediaId: string) =>
  (await api<{ data: number }>('GET', `/data/metrics/${path}?filterBy[mediaId][]=${mediaId}`)).data;

/** Polls the emulator until it has counted at least `count` (or 20 s passed), and returns what it counted. */
async function counted(path: string, mediaId: string, count = 1): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await metric(path, mediaId);
    if (value >= count || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const play = async (player: Player) => {
  await player.play();
  await until(() => player.getSnapshot().currentTime > 1, 'currentTime > 1 s');
  player.pause();
};

describe('playback reaches api.video analytics (the emulator’s collector)', () => {
  it('a played VOD is recorded by the emulator: a play, a start, an impression, watch time', async () => {
    const videoId = await sharedClip({ duration: 6 });
    const player = track(createPlayer(videoElement(), { videoId, deliveryBaseUrl: emulatorUrl, muted: true }));
    await play(player);
    expect(await counted('play/count', videoId)).toBe(1);
    await counted('start/count', videoId);
    expect(await metric('impression/count', videoId)).toBe(1);
    expect(await metric('watch-time/sum', videoId)).toBeGreaterThan(0.5);
  });

  it('two players on one page each report their own playback; analytics: false and a plain src report nothing', async () => {
    const [first, second, silent, plain] = await Promise.all([
      sharedClip({ duration: 4 }),
      sharedClip({ duration: 5 }),
      sharedClip({ duration: 3 }),
      sharedClip({ duration: 2 }),
    ]);
    const options = { deliveryBaseUrl: emulatorUrl, muted: true };
    const players = [
      track(createPlayer(videoElement(), { ...options, videoId: silent, analytics: false })),
      track(createPlayer(videoElement(), { ...options, src: `${emulatorUrl}/vod/${plain}/hls/manifest.m3u8` })),
      track(createPlayer(videoElement(), { ...options, videoId: first })),
      track(
        createPlayer(videoElement(), {
          ...options,
          video: { videoId: second, assets: { hls: `${emulatorUrl}/vod/${second}/hls/manifest.m3u8` } },
        }),
      ),
    ];
    await Promise.all(players.map(play));
    // The silent ones are destroyed first: anything they sent would have left before the others' last beacons.
    players[0]!.destroy();
    players[1]!.destroy();
    players[2]!.destroy();
    players[3]!.destroy();
    expect(await counted('play/count', first)).toBe(1);
    expect(await counted('play/count', second)).toBe(1);
    expect(await metric('impression/count', silent)).toBe(0);
    expect(await metric('impression/count', plain)).toBe(0);
  });

  it('collectorUrl overrides deliveryBaseUrl, and a collector that cannot be reached changes nothing', async () => {
    const videoId = await sharedClip({ duration: 3 });
    // Port 9 (discard) answers nothing: the reports fail, silently.
    const player = track(
      createPlayer(videoElement(), {
        videoId,
        deliveryBaseUrl: emulatorUrl,
        collectorUrl: 'http://127.0.0.1:9',
        muted: true,
      }),
    );
    await play(player);
    player.destroy();
    expect(player.getSnapshot().error).toBeUndefined();
    const reported = track(createPlayer(videoElement(), { videoId, deliveryBaseUrl: emulatorUrl, muted: true }));
    await play(reported);
    // The second player's play is counted; the first one's never arrived.
    expect(await counted('play/count', videoId)).toBe(1);
  });

  it('a new source is a new playback of the new media', async () => {
    const [one, two] = await Promise.all([sharedClip({ duration: 4 }), sharedClip({ duration: 6 })]);
    const before = await metric('play/count', two);
    const player = track(createPlayer(videoElement(), { videoId: one, deliveryBaseUrl: emulatorUrl, muted: true }));
    await play(player);
    player.setOptions({ videoId: two });
    await until(() => player.getSnapshot().status === 'ready', 'the second source ready');
    await play(player);
    expect(await counted('play/count', two, before + 1)).toBe(before + 1);
  });
});
