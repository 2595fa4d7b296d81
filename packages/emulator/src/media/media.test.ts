import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ensureBrokenVideo, ensureClip } from '@vidkit/tooling/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../index.js';
import { findFfmpeg, runTool } from './ffmpeg.js';
import { api, inOrder, settled, watchStatus, type VideoStatus } from './test-support/client.js';

type Running = Awaited<ReturnType<typeof startEmulator>>;
const { ffmpeg, ffprobe } = findFfmpeg();

let emulator: Running;
let client: ReturnType<typeof api>;
let receiver: Server;
let hookUrl: string;
const deliveries: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, encoding: { concurrency: 1 } });
  client = api(emulator);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  await emulator?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function probeUrl(url: string) {
  const json = await runTool(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_streams', url]);
  return (JSON.parse(json) as { streams: Array<{ codec_type: string; height?: number }> }).streams;
}

const label = (s: VideoStatus) => s.ingest.status ?? 'none';
const qualityTrail = (seen: VideoStatus[], quality: string, type = 'hls') =>
  seen.flatMap((s) =>
    s.encoding.qualities.filter((q) => q.quality === quality && q.type === type).map((q) => q.status),
  );

describe('encoding and delivery', () => {
  it('answers 202 with an empty body for the manifest of a video without a source', async () => {
    const { videoId } = await client.call<{ videoId: string }>('POST', '/videos', { title: 'empty' });
    const response = await fetch(`${emulator.url}/vod/${videoId}/hls/manifest.m3u8`);
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
  });

  it('holds each encoding for encodingDelayMs (a fault): the manifest answers 202 until it has passed', async () => {
    const faults = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ encodingDelayMs: 1500 }),
    });
    expect(await faults.json()).toMatchObject({ encodingDelayMs: 1500 });
    try {
      const videoId = await client.upload(await ensureClip({ duration: 1, width: 320, height: 180 }));
      const uploadedAt = Date.now();
      const manifest = `${emulator.url}/vod/${videoId}/hls/manifest.m3u8`;
      expect((await fetch(manifest)).status).toBe(202);
      await watchStatus(client, videoId, settled);
      expect((await fetch(manifest)).status).toBe(200);
      // Not a speed figure: the hold is a lower bound on when the video can become playable.
      expect(Date.now() - uploadedAt).toBeGreaterThanOrEqual(1500);
    } finally {
      await fetch(`${emulator.url}/_emulator/faults`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ encodingDelayMs: 0 }),
      });
    }
  });

  it('turns an uploaded 720p clip into playable HLS, mp4 and a thumbnail, through api.video’s status steps, with signed webhooks', async () => {
    const hook = await client.call<{ webhookId: string; signatureSecret: string }>('POST', '/webhooks', {
      url: hookUrl,
      events: ['video.encoding.quality.completed'],
    });
    const clip = await ensureClip({ duration: 3, width: 1280, height: 720 });
    const videoId = await client.upload(clip, { mp4Support: true });
    const seen = await watchStatus(client, videoId, settled);

    expect(inOrder(seen.map(label), ['uploaded', 'ingesting', 'ingested'])).toBe(true);
    expect(label(seen.at(-1)!)).toBe('ingested');
    for (const quality of ['360p', '720p']) {
      expect(inOrder(qualityTrail(seen, quality), ['waiting', 'encoding', 'encoded'])).toBe(true);
    }
    // Playable as soon as the first rendition is ready, before the second one is.
    expect(seen.some((s) => s.encoding.playable && qualityTrail([s], '720p')[0] !== 'encoded')).toBe(true);
    const final = seen.at(-1)!;
    expect(final.encoding.playable).toBe(true);
    expect(final.encoding.qualities).toEqual([
      { type: 'hls', quality: '360p', status: 'encoded' },
      { type: 'hls', quality: '720p', status: 'encoded' },
      { type: 'mp4', quality: '720p', status: 'encoded' },
    ]);
    expect(final.encoding.metadata).toMatchObject({
      width: 1280,
      height: 720,
      duration: 3,
      framerate: 30,
      samplerate: 48000,
      videoCodec: 'h264',
      audioCodec: 'aac',
      aspectRatio: '16/9',
    });

    const video = await client.call<{ assets: { hls: string; thumbnail: string; mp4: string } }>(
      'GET',
      `/videos/${videoId}`,
    );
    expect(video.assets.hls).toBe(`${emulator.url}/vod/${videoId}/hls/manifest.m3u8`);
    const manifest = await fetch(video.assets.hls);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    expect(manifest.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(await manifest.text()).toMatch(/^#EXTM3U/);
    const heights = (await probeUrl(video.assets.hls)).filter((s) => s.codec_type === 'video').map((s) => s.height);
    expect(new Set(heights)).toEqual(new Set([360, 720]));
    const segment = await fetch(`${emulator.url}/vod/${videoId}/hls/360p/segment-0.ts`);
    expect(segment.status).toBe(200);
    expect(segment.headers.get('content-type')).toBe('video/mp2t');
    expect(segment.headers.get('cache-control')).toContain('max-age');

    const thumbnail = await fetch(video.assets.thumbnail);
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await thumbnail.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const whole = Buffer.from(await (await fetch(video.assets.mp4)).arrayBuffer());
    const part = await fetch(video.assets.mp4, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(100, 200));
    const beyond = await fetch(video.assets.mp4, { headers: { range: `bytes=${whole.length}-` } });
    expect(beyond.status).toBe(416);
    const head = await fetch(video.assets.mp4, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(whole.length));
    expect(head.headers.get('accept-ranges')).toBe('bytes');
    const unknown = await fetch(`${emulator.url}/vod/viUnknownVideo000000000/hls/manifest.m3u8`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ status: 404, type: expect.stringContaining('docs.api.video') });

    // Deliveries run in the background: wait for the three of this video.
    const deadline = Date.now() + 10_000;
    const mine = () => deliveries.filter((d) => d.body.includes(videoId));
    while (mine().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const bodies = mine().map((d) => JSON.parse(d.body) as Record<string, string>);
    expect(bodies.map((b) => `${b.encoding}:${b.quality}`).sort()).toEqual(['hls:360p', 'hls:720p', 'mp4:720p']);
    for (const delivery of mine()) {
      expect(delivery.headers['x-api-video-webhookid']).toBe(hook.webhookId);
      const signature = createHmac('sha256', hook.signatureSecret).update(delivery.body).digest('hex');
      expect(delivery.headers['x-api-video-signature']).toBe(signature);
      expect(JSON.parse(delivery.body)).toMatchObject({ type: 'video.encoding.quality.completed', videoId });
    }
  });

  it('marks a broken file failed and still encodes the next one', async () => {
    const broken = await client.upload(await ensureBrokenVideo());
    const good = await client.upload(await ensureClip({ duration: 2, width: 640, height: 360 }));
    const brokenSeen = await watchStatus(client, broken, settled);
    expect(brokenSeen.at(-1)!.encoding).toMatchObject({ playable: false });
    expect(brokenSeen.at(-1)!.encoding.qualities.every((q) => q.status === 'failed')).toBe(true);
    const goodSeen = await watchStatus(client, good, settled);
    expect(goodSeen.at(-1)!.encoding.qualities).toEqual([
      { type: 'hls', quality: '360p', status: 'encoded' },
      { type: 'mp4', quality: '360p', status: 'encoded' },
    ]);
    expect((await fetch(`${emulator.url}/vod/${broken}/hls/manifest.m3u8`)).status).toBe(202);
  });
});

describe('private videos', () => {
  let videoId: string;
  const assets = async () =>
    (await client.call<{ assets: { hls: string; thumbnail: string } }>('GET', `/videos/${videoId}`)).assets;

  beforeAll(async () => {
    videoId = await client.upload(await ensureClip({ duration: 2, width: 640, height: 360 }), { public: false });
    await watchStatus(client, videoId, settled);
  });

  it('puts a single-use token in the asset URLs of each GET /videos/{id}', async () => {
    const first = await assets();
    const second = await assets();
    const token = /\/vod\/[^/]+\/token\/([^/]+)\/hls\/manifest\.m3u8$/.exec(first.hls)?.[1];
    expect(token).toBeTruthy();
    expect(second.hls).not.toBe(first.hls);
    expect((await fetch(first.hls)).status).toBe(200);
    const again = await fetch(first.hls);
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ status: 403 });
    expect((await fetch(`${emulator.url}/vod/${videoId}/hls/manifest.m3u8`)).status).toBe(403);
    expect((await fetch(`${emulator.url}/vod/${videoId}/token/made-up/thumbnail.jpg`)).status).toBe(403);
  });

  it('plays from a tokenized manifest alone: the playlist carries a session for its renditions', async () => {
    const streams = await probeUrl((await assets()).hls);
    expect(streams.some((s) => s.codec_type === 'video' && s.height === 360)).toBe(true);
  });

  it('trades a token for a 24 h session that lets later requests through by ?avh= or X-Token-Session', async () => {
    const { hls, thumbnail } = await assets();
    const base = hls.replace(/\/hls\/manifest\.m3u8$/, '');
    const session = await fetch(`${base}/session`);
    expect(session.status).toBe(200);
    const { session_token } = (await session.json()) as { session_token: string };
    expect(session_token).toMatch(/^[\w-]{20,}$/);
    expect((await fetch(`${base}/session`)).status).toBe(403);
    for (let i = 0; i < 2; i++) {
      expect((await fetch(`${hls}?avh=${session_token}`)).status).toBe(200);
      expect((await fetch(`${thumbnail}?avh=${session_token}`)).status).toBe(200);
    }
    const withHeader = await fetch(`${emulator.url}/vod/${videoId}/hls/360p/segment-0.ts`, {
      headers: { 'x-token-session': session_token },
    });
    expect(withHeader.status).toBe(200);
    expect((await fetch(`${hls}?avh=not-a-session`)).status).toBe(403);
    const other = await client.upload(await ensureClip({ duration: 2, width: 640, height: 360 }), { public: false });
    expect((await fetch(`${emulator.url}/vod/${other}/thumbnail.jpg?avh=${session_token}`)).status).toBe(403);
  });
});

describe('captions, chapters and thumbnails', () => {
  it('serves uploaded captions and chapters at their public src URLs', async () => {
    const { videoId } = await client.call<{ videoId: string }>('POST', '/videos', { title: 'texts', public: false });
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello <b>there</b>\n';
    const caption = await client.attach(videoId, 'captions', 'en', vtt);
    expect(caption.src).toBe(`${emulator.url}/vod/${videoId}/captions/en.vtt`);
    const served = await fetch(caption.src);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await served.text()).toBe(vtt);
    const chapters = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nIntro\n';
    const chapter = await client.attach(videoId, 'chapters', 'fr', chapters);
    expect(chapter.src).toBe(`${emulator.url}/vod/${videoId}/chapters/fr.vtt`);
    expect(await (await fetch(chapter.src)).text()).toBe(chapters);
    expect((await fetch(`${emulator.url}/vod/${videoId}/captions/de.vtt`)).status).toBe(404);
  });

  it('regenerates the thumbnail at a picked timecode', async () => {
    const videoId = await client.upload(await ensureClip({ duration: 3, width: 640, height: 360 }));
    await watchStatus(client, videoId, settled);
    const url = `${emulator.url}/vod/${videoId}/thumbnail.jpg`;
    const before = Buffer.from(await (await fetch(url)).arrayBuffer());
    await client.call('PATCH', `/videos/${videoId}/thumbnail`, { timecode: '00:00:02.50' });
    let after = before;
    const deadline = Date.now() + 10_000;
    while (after.equals(before) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      after = Buffer.from(await (await fetch(url)).arrayBuffer());
    }
    expect(after.equals(before)).toBe(false);
    expect(after.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
});

describe('clips and watermarks', () => {
  it('cuts a clip and burns in an uploaded watermark at encode time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vidkit-media-wm-'));
    try {
      const image = join(dir, 'mark.png');
      await runTool(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=64x64', '-frames:v', '1', image]);
      const form = new FormData();
      form.set('file', await openAsBlob(image), 'mark.png');
      const { watermarkId } = await client.call<{ watermarkId: string }>('POST', '/watermarks', form);
      const videoId = await client.upload(await ensureClip({ duration: 3, width: 640, height: 360 }), {
        clip: { startTimecode: '00:00:01', endTimecode: '00:00:02' },
        watermark: { id: watermarkId, top: '0px', left: '0px', width: '64px', opacity: '100%' },
      });
      const seen = await watchStatus(client, videoId, settled);
      expect(seen.at(-1)!.encoding.metadata).toMatchObject({ duration: 1 });
      const streams = await runTool(ffprobe, [
        '-v',
        'error',
        '-show_entries',
        'format=duration',
        '-of',
        'csv=p=0',
        `${emulator.url}/vod/${videoId}/hls/manifest.m3u8`,
      ]);
      expect(Number(streams.trim())).toBeLessThan(1.5);
      // Async on purpose: the emulator serving these URLs runs in this very process.
      const { stdout: pixel } = await promisify(execFile)(
        ffmpeg,
        [
          '-v',
          'error',
          '-i',
          `${emulator.url}/vod/${videoId}/hls/360p/manifest.m3u8`,
          '-frames:v',
          '1',
          '-vf',
          'crop=2:2:30:30',
          '-f',
          'rawvideo',
          '-pix_fmt',
          'rgb24',
          '-',
        ],
        { encoding: 'buffer', timeout: 20_000 },
      );
      expect(pixel[0]).toBeGreaterThan(200);
      expect(pixel[1]).toBeLessThan(60);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('start-up', () => {
  it('refuses to start without ffmpeg, with one message saying how to fix it, unless encoding is off', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vidkit-media-noffmpeg-'));
    const saved = process.env.FFMPEG_PATH;
    process.env.FFMPEG_PATH = join(dataDir, 'no-ffmpeg-here');
    try {
      await expect(startEmulator({ port: 0, dataDir })).rejects.toMatchObject({
        code: 'ffmpeg_missing',
        message: expect.stringMatching(/FFMPEG_PATH/),
      });
      const running = await startEmulator({ port: 0, dataDir, encoding: { enabled: false } });
      const { videoId } = await api(running).call<{ videoId: string }>('POST', '/videos', { title: 'x' });
      expect((await fetch(`${running.url}/vod/${videoId}/hls/manifest.m3u8`)).status).toBe(202);
      await running.stop();
    } finally {
      if (saved === undefined) delete process.env.FFMPEG_PATH;
      else process.env.FFMPEG_PATH = saved;
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('restart', () => {
  it('resumes an encoding job that a stop interrupted', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vidkit-media-restart-'));
    try {
      const clip = await ensureClip({ duration: 3, width: 1280, height: 720 });
      const first = await startEmulator({ port: 0, dataDir, encoding: { concurrency: 1 } });
      const videoId = await api(first).upload(clip);
      await first.stop();
      const db = new DatabaseSync(join(dataDir, 'emulator.sqlite'));
      const states = db.prepare('SELECT state FROM media_jobs WHERE video_id = ?').all(videoId);
      db.close();
      expect(states).toEqual([{ state: 'queued' }]);

      const second = await startEmulator({ port: 0, dataDir, encoding: { concurrency: 1 } });
      try {
        const seen = await watchStatus(api(second), videoId, settled);
        expect(seen.at(-1)!.encoding.playable).toBe(true);
        expect(seen.at(-1)!.encoding.qualities.every((q) => q.status === 'encoded')).toBe(true);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
