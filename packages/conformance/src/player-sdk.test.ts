// @api.video/player-sdk, unmodified (its own built bundle), in Chromium against the emulator's embed page.
import type { PlayerSdk } from '@api.video/player-sdk';
import { startEmulator } from '@vidkit/emulator';
import type { RunningEmulator } from '@vidkit/emulator';
import { ensureClip } from '@vidkit/tooling/media';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFile, useBrowser, useHostPages } from './support/browser.js';
import { getVideo, playableVideo, type ApiVideo } from './support/media.js';

type SdkOptions = NonNullable<ConstructorParameters<typeof PlayerSdk>[1]>;

declare global {
  interface Window {
    PlayerSdk: typeof PlayerSdk;
    sdk: PlayerSdk;
    events: { type: string; data: Record<string, unknown> | undefined }[];
  }
}

const EVENTS = ['ready', 'firstplay', 'play', 'pause', 'ended', 'seeking', 'timeupdate', 'error'];
const EVENTS_MORE = ['controlsdisabled', 'controlsenabled', 'volumechange', 'ratechange', 'qualitychange'];

const browser = useBrowser();
const host = useHostPages({
  '/': `<!doctype html><html><body><div id="target" style="width:480px;height:270px"></div>
<script src="/player-sdk.js"></script></body></html>`,
  '/player-sdk.js': () => packageFile('@api.video/player-sdk'),
});

let emulator: RunningEmulator;
let three: ApiVideo;
let two: ApiVideo;
let secret: ApiVideo;
const TITLE = 'Two <b>seconds</b> & "more"';

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, encoding: { enabled: true, concurrency: 2 } });
  const [clip3, clip2] = await Promise.all([
    ensureClip({ duration: 3, width: 320, height: 180, fps: 15 }),
    ensureClip({ duration: 2, width: 320, height: 180, fps: 15 }),
  ]);
  [three, two, secret] = await Promise.all([
    playableVideo(emulator, clip3, { title: 'Three seconds' }),
    playableVideo(emulator, clip2, { title: TITLE }),
    playableVideo(emulator, clip2, { title: 'Private', public: false }),
  ]);
}, 120_000);

afterAll(async () => {
  await emulator?.stop();
});

/** A host page on another origin with `new PlayerSdk('#target', options)`, recording every event. */
async function openPlayer(options: Omit<SdkOptions, 'iframeUrl'>): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(`${host()}/`);
  await page.evaluate(
    ({ options, types }) => {
      window.events = [];
      window.sdk = new window.PlayerSdk('#target', options);
      for (const type of types) {
        window.sdk.addEventListener(type as 'ready', (data?: unknown) =>
          window.events.push({ type, data: data as Record<string, unknown> }),
        );
      }
    },
    { options: { ...options, iframeUrl: `${emulator.url}/embed/\${type}/\${id}` }, types: [...EVENTS, ...EVENTS_MORE] },
  );
  return page;
}

/** Waits until the page has received `count` events of `type`. */
const received = (page: Page, type: string, count = 1) =>
  page.waitForFunction(([t, n]) => window.events.filter((e) => e.type === t).length >= n, [type, count] as const);

const currentTime = (page: Page) => page.evaluate(() => window.sdk.getCurrentTime());

/** Waits until `getCurrentTime()` answers within 0.1 s of `time`. */
const at = (page: Page, time: number) =>
  page.waitForFunction(async (t) => Math.abs((await window.sdk.getCurrentTime()) - t) < 0.1, time);

async function admin(method: string, path: string, body?: object): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      authorization: `Basic ${btoa(`${emulator.apiKey}:`)}`,
      ...(body && { 'content-type': 'application/json' }),
    },
    ...(body && { body: JSON.stringify(body) }),
  });
}

describe('@api.video/player-sdk 1.2.33 against the embed page', () => {
  it('gets ready, plays with getCurrentTime advancing, pauses, seeks and ends', async () => {
    const page = await openPlayer({ id: three.videoId, muted: true });
    await received(page, 'ready');
    expect(await page.evaluate(() => window.sdk.getPaused())).toBe(true);
    expect(await page.evaluate(() => window.sdk.isLiveStream())).toBe(false);
    const duration = await page.evaluate(() => window.sdk.getDuration());
    expect(duration).toBeGreaterThan(2.5);
    expect(duration).toBeLessThan(3.5);

    await page.evaluate(() => window.sdk.play());
    await received(page, 'firstplay');
    await received(page, 'play');
    const start = await currentTime(page);
    await page.waitForFunction(async (t) => (await window.sdk.getCurrentTime()) > t + 0.3, start);
    expect(await page.evaluate(() => window.sdk.getPlaying())).toBe(true);
    await received(page, 'timeupdate');
    const update = await page.evaluate(() => window.events.find((e) => e.type === 'timeupdate')?.data);
    expect(update).toEqual({ currentTime: expect.any(Number) });

    await page.evaluate(() => window.sdk.pause());
    await received(page, 'pause');
    expect(await page.evaluate(() => window.sdk.getPaused())).toBe(true);

    await page.evaluate(() => window.sdk.setCurrentTime(1));
    await received(page, 'seeking');
    await at(page, 1);
    // The SDK's seek() moves by an offset.
    await page.evaluate(() => window.sdk.seek(0.5));
    await at(page, 1.5);

    await page.evaluate((end) => window.sdk.setCurrentTime(end), duration - 0.5);
    await page.evaluate(() => window.sdk.play());
    await received(page, 'ended');
    expect(await page.evaluate(() => window.sdk.getPlaying())).toBe(false);
    expect(await page.evaluate(() => window.events.some((e) => e.type === 'error'))).toBe(false);
    await page.close();
  });

  it('loadConfig plays another video in the same iframe, its title as text', async () => {
    const page = await openPlayer({ id: three.videoId, muted: true });
    await received(page, 'ready');
    const frame = page.frameLocator('#target iframe');
    await expect.poll(() => frame.locator('.title').textContent()).toBe('Three seconds');

    await page.evaluate((id) => window.sdk.loadConfig({ id, muted: true }), two.videoId);
    await received(page, 'ready', 2);
    expect(await page.evaluate(() => window.sdk.getDuration())).toBeLessThan(2.5);
    expect(await frame.locator('.title').textContent()).toBe(TITLE);
    expect(await frame.locator('.title b').count()).toBe(0);
    await page.evaluate(() => window.sdk.play());
    await page.waitForFunction(async () => (await window.sdk.getCurrentTime()) > 0.3);
    await page.close();
  });

  it('plays a private video with its token, once', async () => {
    const fresh = await getVideo(emulator, secret.videoId);
    const token = new URL(fresh.assets.player).searchParams.get('token')!;
    expect(token).toBeTruthy();
    const page = await openPlayer({ id: secret.videoId, token, muted: true });
    // Asked at once, while the page may still be opening the session: played as soon as it can.
    await page.evaluate(() => window.sdk.play());
    await received(page, 'ready');
    await page.waitForFunction(async () => (await window.sdk.getCurrentTime()) > 0.3);
    const poster = await page.frameLocator('#target iframe').locator('video').getAttribute('poster');
    expect(poster).toMatch(/thumbnail\.jpg\?avh=/);
    await page.close();

    // The token is single-use, as on api.video: the same URL again cannot play.
    const again = await openPlayer({ id: secret.videoId, token, muted: true });
    await received(again, 'error');
    expect(await again.evaluate(() => window.events.some((e) => e.type === 'ready'))).toBe(false);
    await again.close();
  });

  it("binds to the iframe of a video's assets.iframe", async () => {
    const page = await browser().newPage();
    await page.goto(`${host()}/`);
    await page.evaluate(
      ({ iframe, id, iframeUrl }) => {
        document.getElementById('target')!.innerHTML = iframe;
        window.events = [];
        window.sdk = new window.PlayerSdk('#target iframe', { id, iframeUrl });
        window.sdk.addEventListener('ready', () => window.events.push({ type: 'ready', data: undefined }));
      },
      { iframe: three.assets.iframe, id: three.videoId, iframeUrl: `${emulator.url}/embed/\${type}/\${id}` },
    );
    await received(page, 'ready');
    expect(await page.evaluate(() => window.sdk.getDuration())).toBeGreaterThan(2.5);
    await page.close();
  });

  it('plays a live stream on air', async () => {
    const stream = (await (await admin('POST', '/live-streams', { name: 'On air', public: true })).json()) as {
      liveStreamId: string;
    };
    const id = stream.liveStreamId;
    await admin('PUT', `/_emulator/live-streams/${id}/publisher`, { duration: 30, width: 320, height: 180 });
    while ((await fetch(`${emulator.url}/live/${id}.m3u8`)).status !== 200) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const page = await openPlayer({ id, live: true, muted: true });
    await received(page, 'ready');
    expect(await page.evaluate(() => window.sdk.isLiveStream())).toBe(true);
    await page.evaluate(() => window.sdk.play());
    const start = await currentTime(page);
    await page.waitForFunction(async (t) => (await window.sdk.getCurrentTime()) > t + 0.3, start);
    await page.close();
    await admin('DELETE', `/_emulator/live-streams/${id}/publisher`);
  });

  it('plays the sequence it is given (#t=start,end): starts at start, pauses at end', async () => {
    const page = await openPlayer({ id: three.videoId, muted: true, sequence: { start: 1, end: 2 } });
    await received(page, 'ready');
    expect(await currentTime(page)).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => window.sdk.play());
    await received(page, 'pause');
    const time = await currentTime(page);
    // Paused at the first timeupdate past 2 s (they come every 250 ms or so), well before the clip's end.
    expect(time).toBeGreaterThanOrEqual(2);
    expect(time).toBeLessThan(2.9);
    expect(await page.evaluate(() => window.events.some((e) => e.type === 'ended'))).toBe(false);
    await page.close();
  });

  it('takes the options of the embed URL: autoplay, muted, loop, hide controls and title', async () => {
    const page = await openPlayer({
      id: two.videoId,
      autoplay: true,
      muted: true,
      loop: true,
      hideControls: true,
      hideTitle: true,
    });
    await received(page, 'play');
    expect(await page.evaluate(() => window.sdk.getMuted())).toBe(true);
    expect(await page.evaluate(() => window.sdk.getLoop())).toBe(true);
    const frame = page.frameLocator('#target iframe');
    expect(await frame.locator('video').evaluate((video: HTMLVideoElement) => video.controls)).toBe(false);
    expect(await frame.locator('.title').isHidden()).toBe(true);
    // Looping: the clip passes its end and goes on without `ended`.
    await page.waitForFunction(() => window.events.filter((e) => e.type === 'seeking').length > 0);
    expect(await page.evaluate(() => window.events.some((e) => e.type === 'ended'))).toBe(false);

    await page.evaluate(() => window.sdk.showControls());
    await received(page, 'controlsenabled');
    expect(await frame.locator('video').evaluate((video: HTMLVideoElement) => video.controls)).toBe(true);
    await page.evaluate(() => window.sdk.unmute());
    await page.waitForFunction(async () => !(await window.sdk.getMuted()));
    await page.evaluate(() => window.sdk.setPlaybackRate(2));
    await received(page, 'ratechange');
    expect(await page.evaluate(() => window.sdk.getPlaybackRate())).toBe(2);
    await page.close();
  });
});
