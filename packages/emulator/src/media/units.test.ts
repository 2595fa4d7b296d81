import { describe, expect, it } from 'vitest';
import { parseTimecode, resolveAsset, withSession } from './assets.js';
import { findFfmpeg } from './ffmpeg.js';
import { parseProbe } from './probe.js';
import { h264Level, planRenditions } from './renditions.js';
import { parseRange } from './send-file.js';

describe('planRenditions', () => {
  const plan = (w: number, h: number) => planRenditions(w, h).map((r) => `${r.quality}:${r.width}x${r.height}`);
  it('gives two renditions from 720p up, one below, and never upscales', () => {
    expect(plan(1920, 1080)).toEqual(['360p:640x360', '1080p:1920x1080']);
    expect(plan(1280, 720)).toEqual(['360p:640x360', '720p:1280x720']);
    expect(plan(854, 480)).toEqual(['480p:854x480']);
    expect(plan(640, 360)).toEqual(['360p:640x360']);
    expect(plan(160, 120)).toEqual(['240p:160x120']);
  });
  it('names portrait sources by their short side and keeps even sizes', () => {
    expect(plan(720, 1280)).toEqual(['360p:360x640', '720p:720x1280']);
    expect(plan(321, 241)).toEqual(['240p:320x240']);
    expect(plan(1000, 1000)).toEqual(['360p:360x360', '720p:720x720']);
  });
});

describe('h264Level', () => {
  it('picks the smallest level that fits size and rate', () => {
    expect(h264Level(640, 360, 30)).toBe(30);
    expect(h264Level(1280, 720, 30)).toBe(31);
    expect(h264Level(1280, 720, 60)).toBe(32);
    expect(h264Level(1920, 1080, 30)).toBe(40);
    expect(h264Level(3840, 2160, 30)).toBe(51);
  });
});

describe('parseProbe', () => {
  it('swaps width and height of a stream rotated by 90°', () => {
    const info = parseProbe(
      JSON.stringify({
        streams: [
          {
            codec_type: 'video',
            codec_name: 'h264',
            width: 1920,
            height: 1080,
            avg_frame_rate: '30000/1001',
            side_data_list: [{ rotation: -90 }],
          },
        ],
        format: { duration: '3.4', bit_rate: '411218' },
      }),
    );
    expect(info).toMatchObject({ width: 1080, height: 1920, framerate: 30, duration: 3, bitrate: 411.218 });
    expect(info).toMatchObject({ aspectRatio: '9/16', hasAudio: false, audioCodec: null, samplerate: null });
  });
  it('refuses a file without a video stream', () => {
    expect(() => parseProbe(JSON.stringify({ streams: [{ codec_type: 'audio' }] }))).toThrow(/no video stream/);
  });
});

describe('resolveAsset', () => {
  it('maps only api.video’s delivery shapes', () => {
    expect(resolveAsset('hls/manifest.m3u8')).toEqual({ kind: 'master', file: 'hls/manifest.m3u8' });
    expect(resolveAsset('hls/720p/manifest.m3u8')?.kind).toBe('playlist');
    expect(resolveAsset('hls/720p/segment-12.ts')?.kind).toBe('segment');
    expect(resolveAsset('thumbnail.jpg')?.kind).toBe('thumbnail');
    expect(resolveAsset('mp4/source.mp4')?.kind).toBe('mp4');
    for (const bad of ['hls/../../source', 'hls/720p/../manifest.m3u8', 'source', 'hls/999p/manifest.m3u8', '']) {
      expect(resolveAsset(bad)).toBeUndefined();
    }
  });
  it('writes the session into every URI of a playlist', () => {
    const out = withSession('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n360p/manifest.m3u8\n', 'abc');
    expect(out).toBe('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n360p/manifest.m3u8?avh=abc\n');
  });
  it('reads api.video timecodes', () => {
    expect(parseTimecode('00:00:02')).toBe(2);
    expect(parseTimecode('01:02:03.5')).toBe(3723.5);
    expect(parseTimecode('00:00:01:05')).toBeCloseTo(1.2);
    expect(parseTimecode('later')).toBeUndefined();
  });
});

describe('parseRange', () => {
  it('reads single byte ranges and refuses unsatisfiable ones', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=500-5000', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=1000-', 1000)).toBe('invalid');
    expect(parseRange('bytes=5-1', 1000)).toBe('invalid');
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeUndefined();
    expect(parseRange(undefined, 1000)).toBeUndefined();
  });
});

describe('findFfmpeg', () => {
  it('says how to fix a missing ffmpeg, once, up front', () => {
    expect(() => findFfmpeg({ PATH: '/nonexistent' })).toThrow(/FFMPEG_PATH.*apt-get install ffmpeg/s);
    expect(() => findFfmpeg({ PATH: '/nonexistent' })).toThrow(expect.objectContaining({ code: 'ffmpeg_missing' }));
  });
  it('takes FFMPEG_PATH and FFPROBE_PATH first', () => {
    const found = findFfmpeg();
    expect(findFfmpeg({ PATH: '', FFMPEG_PATH: found.ffmpeg, FFPROBE_PATH: found.ffprobe })).toEqual(found);
  });
});
