import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProblem, startTestEmulator, type TestEmulator } from '../test-support/emulator.js';
import { beacon, CHROME, FIREFOX, IPHONE, send } from './test-support.js';

// Events are placed a minute ago, inside the default window (the last day), far from the "live" 20 s.
const t0 = Date.now() - 60_000;
const LOADED = 1;
const PLAY = 2;
const PAUSE = 3;
const TIMEUPDATE = 4;
const ENDED = 6;
const SEEKING = 7;

let emulator: TestEmulator;
let tagged: string;

async function data(path: string): Promise<unknown> {
  const response = await emulator.call(path);
  expect(response.status, path).toBe(200);
  return ((await response.json()) as { data: unknown }).data;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  const created = await emulator.call('/videos', { method: 'POST', json: { title: 'Tagged', tags: ['news'] } });
  tagged = ((await created.json()) as { videoId: string }).videoId;
  // A: loaded, played 6 s (one batch of timeupdates), paused. Chrome on Linux.
  await send(
    emulator,
    beacon('pid-a', tagged, [
      [t0, LOADED, 0, true],
      [t0 + 100, PLAY, 0, false],
    ]),
    CHROME,
  );
  await send(
    emulator,
    beacon('pid-a', tagged, [
      [t0 + 6100, TIMEUPDATE, 6, false],
      [t0 + 6200, PAUSE, 6.1, true],
    ]),
    CHROME,
  );
  // B: the same video, played 2 s, a seek forward (not watched), 0.5 s more, then to the end. Firefox on Windows.
  await send(
    emulator,
    beacon('pid-b', tagged, [
      [t0 + 1000, LOADED, 0, true],
      [t0 + 1000, PLAY, 0, false],
      [t0 + 3000, TIMEUPDATE, 2, false],
      [t0 + 3100, SEEKING, 20, false],
      [t0 + 3600, TIMEUPDATE, 20.5, false],
      [t0 + 3700, ENDED, 20.5, true],
    ]),
    FIREFOX,
  );
  // C: a live stream loaded on a phone and never played.
  await send(emulator, beacon('pid-c', 'liLive', [[t0 + 2000, LOADED, 0, true]], { ref: '' }), IPHONE);
});
afterAll(() => emulator?.dispose());

describe('counting recorded playbacks', () => {
  it('play, start, end and impression count playbacks (a replay in the same playback is no new play)', async () => {
    expect(await data('/data/metrics/play/count')).toBe(2);
    expect(await data('/data/metrics/start/count')).toBe(2);
    expect(await data('/data/metrics/end/count')).toBe(1);
    expect(await data('/data/metrics/impression/count')).toBe(3);
    expect(await data('/data/metrics/play/rate')).toBe(0.667);
  });

  it('play/total ignores the window', async () => {
    const after = new Date(Date.now() - 10_000).toISOString();
    expect(await data(`/data/metrics/play/count?from=${after}`)).toBe(0);
    expect(await data(`/data/metrics/play/total?from=${after}`)).toBe(2);
  });

  it('watch-time is the media time played forward, seeks excluded', async () => {
    // A: 6 + 0.1 s; B: 2 + 0.5 s.
    expect(await data('/data/metrics/watch-time/sum')).toBe(8.6);
    expect(await data('/data/metrics/watch-time/average')).toBe(4.3);
    // From play to the first frame: 6 000 ms for A, 2 000 ms for B.
    expect(await data('/data/metrics/impression-time/average')).toBe(4000);
  });

  it('a view is a playback that watched viewDuration (5 s by default)', async () => {
    expect(await data('/data/metrics/view/count')).toBe(1);
    expect(await data('/data/metrics/view/count?viewDuration=3s')).toBe(1);
    expect(await data('/data/metrics/view/count?viewDuration=10s')).toBe(0);
    const response = await emulator.call('/data/metrics/view/count?viewDuration=10s&unique=true');
    expect(((await response.json()) as { context: { metric: string } }).context.metric).toBe('unique-view-10');
  });

  it('ccv: the most playbacks playing at once; live looks at the last 20 s only', async () => {
    expect(await data('/data/metrics/ccv/peak')).toBe(2);
    expect(await data('/data/metrics/ccv/live')).toBe(0);
  });

  it('filterBy in every form the clients send', async () => {
    expect(await data(`/data/metrics/play/count?filterBy[mediaId][0]=${tagged}`)).toBe(2);
    expect(await data(`/data/metrics/play/count?filterBy[mediaId][]=viNobodyPlayedThis`)).toBe(0);
    expect(await data('/data/metrics/play/count?filterBy[browser][]=firefox')).toBe(1);
    expect(await data('/data/metrics/play/count?filterBy[browser][]=firefox&filterBy[browser][]=chrome')).toBe(2);
    expect(await data('/data/metrics/impression/count?filterBy[mediaType]=live-stream')).toBe(1);
    expect(await data('/data/metrics/impression/count?filterBy[deviceType][]=phone')).toBe(1);
    expect(await data('/data/metrics/impression/count?filterBy[operatingSystem]=windows')).toBe(1);
    expect(await data('/data/metrics/play/count?filterBy[tag]=news')).toBe(2);
    expect(await data('/data/metrics/play/count?filterBy[tag]=sports')).toBe(0);
    const referrer = encodeURIComponent(encodeURIComponent('https://example.com/watch'));
    expect(await data(`/data/metrics/impression/count?filterBy[referrer][]=${referrer}`)).toBe(2);
    // No geolocation in the emulator: no playback has a country.
    expect(await data('/data/metrics/play/count?filterBy[country][]=FR')).toBe(0);
  });

  it('breakdowns group by a dimension, highest first', async () => {
    expect(await data('/data/buckets/impression/media-type')).toEqual([
      { dimensionValue: 'video', metricValue: 2 },
      { dimensionValue: 'live-stream', metricValue: 1 },
    ]);
    expect(await data('/data/buckets/play/browser?sortBy=dimensionValue&sortOrder=asc')).toEqual([
      { dimensionValue: 'chrome', metricValue: 1 },
      { dimensionValue: 'firefox', metricValue: 1 },
    ]);
    expect(await data('/data/buckets/play/media-id')).toEqual([{ dimensionValue: tagged, metricValue: 2 }]);
    expect(await data('/data/buckets/impression/device-type?sortBy=dimensionValue&sortOrder=asc')).toEqual([
      { dimensionValue: 'computer', metricValue: 2 },
      { dimensionValue: 'phone', metricValue: 1 },
    ]);
    expect(await data('/data/buckets/impression/referrer?sortBy=dimensionValue&sortOrder=asc')).toEqual([
      { dimensionValue: '', metricValue: 1 },
      { dimensionValue: 'https://example.com/watch', metricValue: 2 },
    ]);
    expect(await data('/data/buckets/play/country')).toEqual([]);
  });

  it('time series put each play in its interval', async () => {
    const from = new Date(t0 - 5 * 60_000).toISOString();
    const points = (await data(`/data/timeseries/play?interval=minute&from=${from}`)) as { metricValue: number }[];
    expect(points.reduce((sum, point) => sum + point.metricValue, 0)).toBe(2);
    expect(points.filter((point) => point.metricValue > 0).length).toBeGreaterThanOrEqual(1);
    const response = await emulator.call('/data/timeseries/play');
    const body = (await response.json()) as { context: { interval: string; timeframe: { from: string; to: string } } };
    expect(body.context.interval).toBe('hour');
    const { from: start, to } = body.context.timeframe;
    expect(Date.parse(to) - Date.parse(start)).toBe(24 * 3600_000);
  });

  it.each([
    ['/data/metrics/play/sum', 'aggregation'],
    ['/data/metrics/ccv/count', 'aggregation'],
    ['/data/metrics/view/count?viewDuration=7s', 'viewDuration'],
    ['/data/timeseries/play?interval=minute', 'interval'],
    ['/data/metrics/play/count?filterBy[planet]=mars', 'filterBy[planet]'],
    ['/data/metrics/play/count?filterBy[mediaType]=podcast', 'filterBy[mediaType]'],
    [`/data/metrics/play/count?from=${new Date(Date.now() - 40 * 24 * 3600_000).toISOString()}`, 'from'],
  ])('%s answers 400', async (path, name) => {
    const response = await emulator.call(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { name: string };
    expect(isProblem(body, 400)).toBe(true);
    expect(body.name).toBe(name);
  });
});

describe('unique viewers and average concurrency', () => {
  let own: TestEmulator;
  // Two playbacks by the same browser (same User-Agent and IP), each 6 s of media, overlapping.
  const start = Date.now() - 120_000;
  beforeAll(async () => {
    own = await startTestEmulator();
    for (const [pid, offset] of [
      ['pid-u1', 0],
      ['pid-u2', 1000],
    ] as const) {
      await send(
        own,
        beacon(pid, 'viUnique', [
          [start + offset, PLAY, 0, false],
          [start + offset + 6000, TIMEUPDATE, 6, false],
          [start + offset + 6000, PAUSE, 6, true],
        ]),
        CHROME,
      );
    }
  });
  afterAll(() => own?.dispose());

  const value = async (path: string) => {
    const response = await own.call(path);
    expect(response.status, path).toBe(200);
    return ((await response.json()) as { data: unknown }).data;
  };

  it('unique counts one viewer per User-Agent and IP', async () => {
    expect(await value('/data/metrics/view/count')).toBe(2);
    expect(await value('/data/metrics/view/count?unique=true')).toBe(1);
    expect(await value('/data/metrics/ccv/peak')).toBe(2);
    expect(await value('/data/metrics/ccv/peak?unique=true')).toBe(1);
  });

  it('ccv-average is the time spent playing over the window', async () => {
    const from = new Date(start).toISOString();
    const to = new Date(start + 60_000).toISOString();
    // 6 s + 6 s of playing in a 60 s window.
    expect(await value(`/data/buckets/ccv-average/media-id?from=${from}&to=${to}`)).toEqual([
      { dimensionValue: 'viUnique', metricValue: 0.2 },
    ]);
  });
});
