import { describe, expect, it } from 'vitest';
import { ErrorCode, VidkitError } from '../errors.js';
import * as core from '../index.js';
import { prefersNativeHls, isHlsUrl } from './hls-support.js';
import { resolveSource, withSession } from './source.js';

describe('resolveSource', () => {
  it('builds api.video delivery URLs', () => {
    expect(resolveSource({ videoId: 'vi1' })).toEqual({
      url: 'https://cdn.api.video/vod/vi1/hls/manifest.m3u8',
      live: false,
      privatePrefix: undefined,
      mediaId: 'vi1',
    });
    expect(resolveSource({ videoId: 'vi1', token: 'T' })).toEqual({
      url: 'https://vod.api.video/vod/vi1/token/T/hls/manifest.m3u8',
      live: false,
      privatePrefix: 'https://vod.api.video/vod/vi1/token/T',
      mediaId: 'vi1',
    });
    expect(resolveSource({ liveStreamId: 'li1' }).url).toBe('https://live.api.video/li1.m3u8');
    expect(resolveSource({ liveStreamId: 'li1', token: 'T' }).url).toBe('https://live.api.video/private/T/li1.m3u8');
  });

  it('follows deliveryBaseUrl (the emulator) for VOD and live', () => {
    expect(resolveSource({ videoId: 'vi1', deliveryBaseUrl: 'http://127.0.0.1:9/' }).url).toBe(
      'http://127.0.0.1:9/vod/vi1/hls/manifest.m3u8',
    );
    expect(resolveSource({ liveStreamId: 'li1', deliveryBaseUrl: 'http://127.0.0.1:9' })).toMatchObject({
      url: 'http://127.0.0.1:9/live/li1.m3u8',
      live: true,
    });
  });

  it('reads Video and LiveStream objects, private ones included', () => {
    const hls = 'http://h/vod/vi1/token/abc/hls/manifest.m3u8';
    expect(resolveSource({ video: { videoId: 'vi1', assets: { hls } } }).privatePrefix).toBe(
      'http://h/vod/vi1/token/abc',
    );
    expect(resolveSource({ video: { liveStreamId: 'li1', assets: { hls: 'http://h/live/li1.m3u8' } } }).live).toBe(
      true,
    );
  });

  it('knows the media id from the options, never from the URL (what analytics report)', () => {
    expect(resolveSource({ liveStreamId: 'li1', token: 'T' }).mediaId).toBe('li1');
    expect(
      resolveSource({ video: { liveStreamId: 'li2', assets: { hls: 'http://h/live/private/T/li2.m3u8' } } }).mediaId,
    ).toBe('li2');
    expect(resolveSource({ src: 'https://cdn.api.video/vod/vi1/hls/manifest.m3u8' }).mediaId).toBeUndefined();
  });

  it('refuses zero or several sources', () => {
    expect(() => resolveSource({})).toThrow(VidkitError);
    expect(() => resolveSource({ videoId: 'a', src: 'b' })).toThrow(VidkitError);
    expect(() => resolveSource({ video: { videoId: 'vi1' } })).toThrow(/assets.hls/);
  });
});

describe('withSession and isHlsUrl', () => {
  it('appends avh once', () => {
    expect(withSession('http://h/a.m3u8', 's 1')).toBe('http://h/a.m3u8?avh=s%201');
    expect(withSession('http://h/a.ts?x=1', 's')).toBe('http://h/a.ts?x=1&avh=s');
    expect(withSession('http://h/a.ts?avh=s', 's')).toBe('http://h/a.ts?avh=s');
    expect(withSession('http://h/a.ts', undefined)).toBe('http://h/a.ts');
  });
  it('recognises playlists', () => {
    expect(isHlsUrl('http://h/x.m3u8?avh=1')).toBe(true);
    expect(isHlsUrl('http://h/source.mp4')).toBe(false);
  });
});

describe('prefersNativeHls', () => {
  const video = (answer: string) => ({ canPlayType: () => answer }) as unknown as HTMLMediaElement;
  it('uses native HLS on Safari-like browsers and where hls.js cannot run', () => {
    expect(prefersNativeHls(video('maybe'), { ManagedMediaSource: 1, MediaSource: 1 })).toBe(true);
    expect(prefersNativeHls(video('maybe'), {})).toBe(true);
  });
  it('prefers hls.js where Chromium answers "maybe" but MSE is there', () => {
    expect(prefersNativeHls(video('maybe'), { MediaSource: 1 })).toBe(false);
    expect(prefersNativeHls(video(''), { ManagedMediaSource: 1 })).toBe(false);
  });
});

describe('core in Node', () => {
  it('imports without a DOM; only createPlayer needs one', () => {
    expect(typeof core.watchLiveStatus).toBe('function');
    let error: unknown;
    try {
      core.createPlayer({} as HTMLVideoElement, { videoId: 'vi1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VidkitError);
    expect((error as VidkitError).code).toBe(ErrorCode.Unsupported);
  });
});
