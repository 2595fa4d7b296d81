import { describe, expect, it } from 'vitest';
import { parseEmbedUrl, parseTime } from './options.js';

const base = 'http://127.0.0.1:4010/embed/vod/vi4blUQJFrYWbaG44NChkH27';

describe('parseEmbedUrl', () => {
  it("reads the player SDK's URL: query options, then its handshake fragments", () => {
    const origin = btoa('http://localhost:3000');
    const options = parseEmbedUrl(
      `${base}?id=vi4&autoplay=true&muted=true&hideControls=true&token=to1&avh=s1&ts=1#sdkPlayerId:3;sdkOrigin:${origin};api;loop`,
    );
    expect(options).toMatchObject({
      autoplay: true,
      muted: true,
      hideControls: true,
      loop: true,
      token: 'to1',
      session: 's1',
      api: true,
      sdkPlayerId: 3,
      sdkOrigin: 'http://localhost:3000',
    });
  });

  it("reads api.video's documented fragments", () => {
    expect(
      parseEmbedUrl(`${base}#autoplay;loop;hide-title;hide-controls;hide-poster;chromeless;show-subtitles;t=10,1:15`),
    ).toMatchObject({
      autoplay: true,
      loop: true,
      hideTitle: true,
      hideControls: true,
      hidePoster: true,
      chromeless: true,
      showSubtitles: true,
      start: 10,
      end: 75,
      api: false,
      hotkeys: true,
    });
    expect(parseEmbedUrl(`${base}#t=,5;hotkeys:false`)).toMatchObject({ start: undefined, end: 5, hotkeys: false });
  });

  it('defaults to off, and ignores a false value or a malformed origin', () => {
    expect(parseEmbedUrl(`${base}?autoplay=false#sdkOrigin:%%%`)).toMatchObject({
      autoplay: false,
      muted: false,
      sdkOrigin: undefined,
      sdkPlayerId: undefined,
    });
  });
});

describe('parseTime', () => {
  it('reads ss, mm:ss and hh:mm:ss', () => {
    expect([parseTime('90'), parseTime('2:30'), parseTime('1:30:00'), parseTime('x'), parseTime('')]).toEqual([
      90,
      150,
      5400,
      undefined,
      undefined,
    ]);
  });
});
