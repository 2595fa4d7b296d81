import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrokenVideo, ensureClip } from '@vidkit/tooling/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFfmpeg, MediaError, runTool } from './ffmpeg.js';
import { runPipeline, type PipelineEvent } from './pipeline.js';
import { probeMedia } from './probe.js';

const tools = findFfmpeg();
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vidkit-media-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function encode(source: string, name: string, mp4 = false) {
  const videoDir = join(root, name);
  const events: PipelineEvent[] = [];
  const result = await runPipeline({ tools, source, videoDir, mp4, onEvent: (e) => void events.push(e) });
  return { videoDir, events, ...result };
}

/** Every stream ffprobe sees through the master playlist, per variant. */
async function probeHls(master: string) {
  const json = await runTool(tools.ffprobe, [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_streams',
    '-show_format',
    master,
  ]);
  return JSON.parse(json) as {
    streams: Array<{ codec_type: string; codec_name: string; width?: number; height?: number }>;
    format: { duration: string };
  };
}

describe('runPipeline', () => {
  it('encodes a 720p h264 clip into two HLS renditions, an mp4 and a thumbnail', async () => {
    const clip = await ensureClip({ duration: 3, width: 1280, height: 720, fps: 30 });
    const { videoDir, events, info } = await encode(clip, 'hd', true);
    expect(info).toMatchObject({ width: 1280, height: 720, duration: 3, videoCodec: 'h264', audioCodec: 'aac' });
    expect(info.aspectRatio).toBe('16/9');
    const master = await readFile(join(videoDir, 'hls', 'manifest.m3u8'), 'utf8');
    expect(master).toContain('RESOLUTION=640x360');
    expect(master).toContain('RESOLUTION=1280x720');
    expect(master).toMatch(/CODECS="avc1\.6400[0-9a-f]{2},mp4a\.40\.2"/);
    const media = await readFile(join(videoDir, 'hls', '720p', 'manifest.m3u8'), 'utf8');
    expect(media).toContain('#EXT-X-TARGETDURATION:2');
    expect(media).toContain('#EXT-X-ENDLIST');
    const probed = await probeHls(join(videoDir, 'hls', 'manifest.m3u8'));
    const heights = probed.streams.filter((s) => s.codec_type === 'video').map((s) => s.height);
    expect(new Set(heights)).toEqual(new Set([360, 720]));
    expect(Number(probed.format.duration)).toBeGreaterThan(2.5);
    const mp4 = await probeMedia(tools.ffprobe, join(videoDir, 'mp4', 'source.mp4'));
    expect(mp4).toMatchObject({ width: 1280, height: 720, videoCodec: 'h264' });
    const thumb = await readFile(join(videoDir, 'thumbnail.jpg'));
    expect(thumb.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const transitions = events.flatMap((e) =>
      e.kind === 'quality' ? [`${e.state.type}:${e.state.quality}:${e.state.status}:${e.playable}`] : [e.kind],
    );
    expect(transitions).toEqual([
      'probed',
      'thumbnail',
      'hls:360p:encoding:false',
      'hls:360p:encoded:true',
      'hls:720p:encoding:true',
      'hls:720p:encoded:true',
      'mp4:720p:encoding:true',
      'mp4:720p:encoded:true',
    ]);
  });

  it.each([
    ['webm/VP9 without audio', { codec: 'vp9', width: 640, height: 360, audio: false }, 640, 360, '360p'],
    ['mov', { container: 'mov', width: 640, height: 360 }, 640, 360, '360p'],
    ['portrait', { width: 360, height: 640 }, 360, 640, '360p'],
    ['odd size', { width: 321, height: 241 }, 320, 240, '240p'],
  ] as const)('encodes a %s source into one rendition', async (name, options, width, height, quality) => {
    const clip = await ensureClip({ duration: 2, ...options });
    const { videoDir, renditions, info } = await encode(clip, name.replace(/\W/g, '-'));
    expect(renditions.map((r) => [r.quality, r.width, r.height])).toEqual([[quality, width, height]]);
    const probed = await probeHls(join(videoDir, 'hls', 'manifest.m3u8'));
    const video = probed.streams.find((s) => s.codec_type === 'video');
    expect(video).toMatchObject({ codec_name: 'h264', width, height });
    expect(probed.streams.some((s) => s.codec_type === 'audio')).toBe(info.hasAudio);
    expect((await stat(join(videoDir, 'thumbnail.jpg'))).size).toBeGreaterThan(500);
  });

  it('burns in a watermark at the requested place and size', async () => {
    const image = join(root, 'watermark');
    // No extension, like the emulator's stored watermark files: ffmpeg must recognize the image by its content.
    await runTool(tools.ffmpeg, [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'color=c=red:s=64x64',
      '-frames:v',
      '1',
      '-f',
      'image2',
      '-c:v',
      'png',
      image,
    ]);
    const clip = await ensureClip({ duration: 2, width: 640, height: 360 });
    const videoDir = join(root, 'watermarked');
    await runPipeline({
      tools,
      source: clip,
      videoDir,
      mp4: false,
      watermark: { path: image, top: '10px', right: '10%', width: '64px', opacity: '100%' },
      onEvent: () => undefined,
    });
    // An RGB pixel inside the watermark (top 10 px, right 10% = 64 px from the edge): red now, not before.
    const pixel = (file: string, x: number, y: number) =>
      execFileSync(tools.ffmpeg, [
        '-v',
        'error',
        '-i',
        file,
        '-frames:v',
        '1',
        '-vf',
        `crop=2:2:${x}:${y}`,
        '-f',
        'rawvideo',
        '-pix_fmt',
        'rgb24',
        '-',
      ]).subarray(0, 3);
    const inside = pixel(join(videoDir, 'hls', '360p', 'manifest.m3u8'), 640 - 64 - 32, 40);
    expect(inside[0]).toBeGreaterThan(200);
    expect(inside[1]).toBeLessThan(60);
    expect(inside[2]).toBeLessThan(60);
    const original = pixel(clip, 640 - 64 - 32, 40);
    expect(original[0]! - original[1]!).toBeLessThan(100);
  });

  it('keeps only the clip between two timecodes', async () => {
    const clip = await ensureClip({ duration: 3, width: 640, height: 360 });
    const { videoDir, events } = await (async () => {
      const videoDir = join(root, 'trimmed');
      const events: PipelineEvent[] = [];
      await runPipeline({
        tools,
        source: clip,
        videoDir,
        mp4: false,
        trim: { start: 0.5, end: 2.5 },
        onEvent: (e) => void events.push(e),
      });
      return { videoDir, events };
    })();
    const probed = await probeHls(join(videoDir, 'hls', 'manifest.m3u8'));
    expect(Number(probed.format.duration)).toBeGreaterThan(1.8);
    expect(Number(probed.format.duration)).toBeLessThan(2.3);
    const first = events[0];
    expect(first?.kind === 'probed' && first.info.duration).toBe(2);
  });

  it('rejects a file that is not a video with not_a_video, before any quality starts', async () => {
    const broken = await ensureBrokenVideo();
    const events: PipelineEvent[] = [];
    const run = runPipeline({
      tools,
      source: broken,
      videoDir: join(root, 'broken'),
      mp4: false,
      onEvent: (e) => void events.push(e),
    });
    await expect(run).rejects.toBeInstanceOf(MediaError);
    await expect(run).rejects.toMatchObject({ code: 'not_a_video' });
    expect(events).toEqual([]);
  });
});
