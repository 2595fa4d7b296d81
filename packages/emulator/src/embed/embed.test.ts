// The embed page that `assets.player` points at (issue 21). Its behaviour in a browser, driven by the official
// @api.video/player-sdk, is tested in packages/conformance (player-sdk.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProblem, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';
import { CONFIG_ELEMENT_ID, scriptSafeJson } from './page.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.dispose();
});

const configOf = (html: string) => {
  const match = new RegExp(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">(.*?)</script>`).exec(html);
  return JSON.parse(match![1]!) as Record<string, unknown>;
};

const HOSTILE = '</script><img src=x onerror="parent.pwned=1"> & <b>';

describe('the embed page', () => {
  it("answers at a video's assets.player URL with the page, its title only as text", async () => {
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: HOSTILE } })).json();
    const page = await fetch(video.assets.player);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<script src="/embed/player.js"></script>');
    expect(configOf(html)).toMatchObject({ type: 'vod', id: video.videoId, title: HOSTILE, public: true });
    expect(video.assets.iframe).toContain(`src="${video.assets.player}"`);
  });

  it('serves private videos without using up their token (the page opens the session)', async () => {
    const video = await (
      await emulator.call('/videos', { method: 'POST', json: { title: 'secret', public: false } })
    ).json();
    const token = new URL(video.assets.player).searchParams.get('token');
    expect(token).toBeTruthy();
    const html = await (await fetch(video.assets.player)).text();
    expect(configOf(html)).toMatchObject({ public: false, title: 'secret' });
    // Without one of its tokens, the page does not even name it.
    const bare = await (await fetch(`${emulator.url}/embed/vod/${video.videoId}`)).text();
    expect(configOf(bare)).toMatchObject({ public: false, title: '' });
    const forged = await (await fetch(`${emulator.url}/embed/vod/${video.videoId}?token=nope`)).text();
    expect(configOf(forged)).toMatchObject({ title: '' });
    const session = await fetch(`${emulator.url}/vod/${video.videoId}/token/${token}/session`);
    expect(session.status).toBe(200);
  });

  it("answers at a live stream's assets.player URL", async () => {
    const stream = await (await emulator.call('/live-streams', { method: 'POST', json: { name: 'On air' } })).json();
    const page = await fetch(stream.assets.player);
    expect(page.status).toBe(200);
    expect(configOf(await page.text())).toMatchObject({ type: 'live', id: stream.liveStreamId, title: 'On air' });
  });

  it('answers 404 in api.video shape for unknown ids', async () => {
    for (const path of ['/embed/vod/vi0000000000000000000000', '/embed/live/li0000000000000000000000']) {
      const response = await fetch(`${emulator.url}${path}`);
      expect(isProblem(await response.json(), 404)).toBe(true);
    }
  });

  it("serves the player's script, built with the emulator, revalidated by ETag", async () => {
    const script = await fetch(`${emulator.url}/embed/player.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await script.text()).length).toBeGreaterThan(10_000);
    const etag = script.headers.get('etag')!;
    const again = await fetch(`${emulator.url}/embed/player.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('scriptSafeJson', () => {
  it('never lets markup out of the script element, and parses back to the same value', () => {
    const value = { title: '</script><!-- & \u2028' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
