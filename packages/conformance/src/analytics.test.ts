// AnalyticsApi of @api.video/nodejs-client against the emulator, counting what players reported: a video played in
// Chromium by @vidkit/core's player, another by the emulator's embed page driven by @api.video/player-sdk.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { PlayerSdk } from '@api.video/player-sdk';
import type { createPlayer } from '@vidkit/core';
import { ensureClip } from '@vidkit/tooling/media';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageFile, useBrowser, useHostPages } from './support/browser.js';
import { errorFields, rejection, useConformance } from './support/conformance.js';
import { playableVideo, type ApiVideo } from './support/media.js';

declare global {
  interface Window {
    vidkit: { createPlayer: typeof createPlayer };
    PlayerSdk: typeof PlayerSdk;
    sdk: PlayerSdk;
  }
}

const require = createRequire(import.meta.url);
// @vidkit/core as published: its ES modules served as they are, hls.js mapped by an import map.
const coreDist = join(dirname(require.resolve('@vidkit/core/package.json')), 'dist');
const hlsModule = join(
  dirname(createRequire(require.resolve('@vidkit/core/package.json')).resolve('hls.js')),
  'hls.mjs',
);

const api = useConformance({ encoding: { enabled: true, concurrency: 2 } });
const browser = useBrowser();
const host = useHostPages(
  {
    '/core.html': `<!doctype html><html><body><video></video>
<script type="importmap">{"imports": {"hls.js": "/hls.mjs"}}</script>
<script type="module">import { createPlayer } from '/core/index.js'; window.vidkit = { createPlayer };</script>
</body></html>`,
    '/sdk.html': `<!doctype html><html><body><div id="target" style="width:480px;height:270px"></div>
<script src="/player-sdk.js"></script></body></html>`,
    '/player-sdk.js': () => packageFile('@api.video/player-sdk'),
    '/hls.mjs': () => readFile(hlsModule),
  },
  async (path) => {
    if (!path.startsWith('/core/')) return undefined;
    const file = normalize(join(coreDist, path.slice('/core/'.length)));
    return file.startsWith(coreDist) ? readFile(file) : undefined;
  },
);

const from = new Date(Date.now() - 24 * 3600_000);
let byCore: ApiVideo;
let bySdk: ApiVideo;
let nobody: ApiVideo;
let closed: ApiVideo;

beforeAll(async () => {
  const clip = await ensureClip({ duration: 4, width: 320, height: 180, fps: 15 });
  [byCore, bySdk, nobody, closed] = await Promise.all([
    playableVideo(api.emulator, clip, { title: 'Played by @vidkit/core' }),
    playableVideo(api.emulator, clip, { title: 'Played by the player SDK' }),
    playableVideo(api.emulator, clip, { title: 'Played by nobody' }),
    playableVideo(api.emulator, clip, { title: 'Played until the page went away' }),
  ]);
}, 120_000);

const plays = async (mediaId: string) =>
  (
    await api.client.analytics.getAggregatedMetrics({
      metric: 'play',
      aggregation: 'count',
      filterBy: { mediaId: [mediaId] },
    })
  ).data;

/** Asks until the emulator counts a play (or 20 s passed): beacons arrive after the player's pause. */
async function played(mediaId: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const count = await plays(mediaId);
    if (count >= 1 || Date.now() > deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Opens core's page and plays `videoId` through `createPlayer` (reporting to the emulator) until `currentTime` passes
 * `seconds`, then pauses if asked. Resolves with the page and the position reached.
 */
async function playThroughCore(videoId: string, seconds: number, { pause }: { pause: boolean }) {
  const page = await browser().newPage();
  await page.goto(`${host()}/core.html`);
  await page.waitForFunction(() => window.vidkit !== undefined);
  const watched = await page.evaluate(
    async ({ videoId, deliveryBaseUrl, seconds, pause }) => {
      const player = window.vidkit.createPlayer(document.querySelector('video')!, {
        videoId,
        deliveryBaseUrl,
        muted: true,
      });
      await player.play();
      await new Promise<void>((resolve) => {
        const off = player.subscribe(() => player.getSnapshot().currentTime > seconds && (off(), resolve()));
      });
      if (pause) player.pause();
      return player.getSnapshot().currentTime;
    },
    { videoId, deliveryBaseUrl: api.emulator.url, seconds, pause },
  );
  return { page, watched };
}

describe('analytics', () => {
  it('nothing played yet: valid answers, all zero', async () => {
    const playCount = await api.client.analytics.getAggregatedMetrics({ metric: 'play', aggregation: 'count', from });
    expect(playCount.data).toBe(0);
    expect(playCount.context).toMatchObject({ metric: 'play', aggregation: 'count' });
    const byCountry = await api.client.analytics.getMetricsBreakdown({
      metric: 'play',
      breakdown: 'country',
      sortBy: 'metricValue',
      sortOrder: 'desc',
      pageSize: 10,
    });
    expect(byCountry.data).toEqual([]);
    expect(byCountry.context).toMatchObject({ metric: 'play', breakdown: 'country' });
    const series = await api.client.analytics.getMetricsOverTime({ metric: 'play', interval: 'hour', from });
    expect(series.data).toEqual([]);
    expect(series.context).toMatchObject({ metric: 'play', interval: 'hour' });
  });

  it('plays in Chromium, by core’s player and by the embed page through the player SDK, are counted', async () => {
    const { page } = await playThroughCore(byCore.videoId, 1, { pause: true });

    const sdkPage = await browser().newPage();
    await sdkPage.goto(`${host()}/sdk.html`);
    await sdkPage.evaluate(
      ({ id, iframeUrl }) =>
        new Promise<void>((resolve) => {
          window.sdk = new window.PlayerSdk('#target', { id, muted: true, iframeUrl });
          window.sdk.addEventListener('ready', () => window.sdk.play());
          window.sdk.addEventListener('timeupdate', (data) => {
            if ((data as { currentTime: number }).currentTime > 1) resolve();
          });
        }),
      { id: bySdk.videoId, iframeUrl: `${api.emulator.url}/embed/\${type}/\${id}` },
    );
    await sdkPage.evaluate(() => window.sdk.pause());

    expect(await played(byCore.videoId)).toBe(1);
    expect(await played(bySdk.videoId)).toBe(1);
    expect(await plays(nobody.videoId)).toBe(0);
    await Promise.all([page.close(), sdkPage.close()]);

    const byMedia = await api.client.analytics.getMetricsBreakdown({ metric: 'play', breakdown: 'media-id' });
    expect(byMedia.data).toEqual(
      expect.arrayContaining([
        { dimensionValue: byCore.videoId, metricValue: 1 },
        { dimensionValue: bySdk.videoId, metricValue: 1 },
      ]),
    );
    expect(byMedia.data.some((row) => row.dimensionValue === nobody.videoId)).toBe(false);
    const series = await api.client.analytics.getMetricsOverTime({ metric: 'play', from });
    expect(series.data.reduce((sum, point) => sum + (point.metricValue ?? 0), 0)).toBe(2);
    const started = await api.client.analytics.getAggregatedMetrics({ metric: 'start', aggregation: 'count' });
    expect(started.data).toBe(2);
    // No geolocation in the emulator: nothing is counted for a country.
    const views = await api.client.analytics.getAggregatedMetrics({
      metric: 'view',
      aggregation: 'count',
      unique: true,
      viewDuration: '10s',
      filterBy: { mediaType: 'video', country: ['FR'] },
    });
    expect(views.data).toBe(0);
  });

  it('a page left while playing still reports its last seconds (sendBeacon on pagehide)', async () => {
    const { page, watched } = await playThroughCore(closed.videoId, 1.5, { pause: false });
    // No pause, no destroy: the page goes away while playing.
    await page.goto('about:blank');
    await page.close();
    const watchTime = async () =>
      (
        await api.client.analytics.getAggregatedMetrics({
          metric: 'watch-time',
          aggregation: 'sum',
          filterBy: { mediaId: [closed.videoId] },
        })
      ).data;
    // Before pagehide only the first play was sent (at about 0 s): without the beacon, watch time would be ~0. It is
    // counted from the play event's position, which the start-up moves past 0, so it lands a little under `watched`.
    const deadline = Date.now() + 20_000;
    let seconds = await watchTime();
    while (seconds < 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      seconds = await watchTime();
    }
    expect(seconds).toBeGreaterThan(1);
    expect(seconds).toBeLessThanOrEqual(watched + 1);
  });

  it('a bad parameter is the client’s error with api.video’s fields', async () => {
    const error = errorFields(
      await rejection(
        api.client.analytics.getMetricsOverTime({ metric: 'play', from: new Date(Date.now() + 3600_000) }),
      ),
    );
    expect(error.code).toBe(400);
    expect(error.problemDetails).toMatchObject({
      status: 400,
      type: expect.stringMatching(/^https:\/\/docs\.api\.video\//),
    });
  });
});
