import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmulator } from '../index.js';
import { pushTestStream } from './push-test-stream.js';
import { apiClient, eventually, startWebhookReceiver } from './test-support/helpers.js';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, live: { rtmpPort: 0, record: true }, encoding: { enabled: false } });
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await emulator?.stop();
  await receiver?.close();
});

test('with recording on, an ended broadcast becomes a video', async () => {
  const api = apiClient(emulator.url, emulator.apiKey);
  await api('POST', '/webhooks', { url: receiver.url, events: ['video.source.recorded'] });
  const stream = await api<{ liveStreamId: string; streamKey: string }>('POST', '/live-streams', {
    name: 'Recorded show',
    public: true,
  });

  const publisher = pushTestStream({ rtmpUrl: emulator.rtmpUrl!, streamKey: stream.streamKey, duration: 4 });
  expect((await publisher.exited).code).toBe(0);

  const delivery = await eventually('video.source.recorded', async () =>
    receiver.received.find((d) => d.json.type === 'video.source.recorded'),
  );
  expect(delivery.json.liveStreamId).toBe(stream.liveStreamId);
  const videoId = String(delivery.json.videoId);

  const video = await api<{ title: string; source: { type: string; liveStream: { liveStreamId: string } } }>(
    'GET',
    `/videos/${videoId}`,
  );
  expect(video.title).toBe('Recorded show');
  expect(video.source.liveStream.liveStreamId).toBe(stream.liveStreamId);
  // Handed over like a finished upload ('source:assembled'), so the encoder takes it from here.
  const status = await api<{ ingest: { status: string; filesize: number } }>('GET', `/videos/${videoId}/status`);
  expect(status.ingest.status).toBe('uploaded');
  expect(status.ingest.filesize).toBeGreaterThan(10_000);

  // The source is the whole broadcast: about the 4 s that were pushed, with video and audio.
  const { stdout } = await promisify(execFile)('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration:stream=codec_type',
    '-of',
    'json',
    join(emulator.dataDir, 'videos', videoId, 'source'),
  ]);
  const probe = JSON.parse(stdout) as { format: { duration: string }; streams: { codec_type: string }[] };
  expect(Number(probe.format.duration)).toBeGreaterThan(3);
  expect(Number(probe.format.duration)).toBeLessThan(6);
  expect(probe.streams.map((s) => s.codec_type).sort()).toEqual(['audio', 'video']);
});

test('stopping the emulator mid-broadcast disconnects the publisher and leaves nothing running', async () => {
  const other = await startEmulator({ port: 0, live: { rtmpPort: 0, record: true }, encoding: { enabled: false } });
  const api = apiClient(other.url, other.apiKey);
  const stream = await api<{ liveStreamId: string; streamKey: string }>('POST', '/live-streams', { name: 'cut' });
  const publisher = pushTestStream({ rtmpUrl: other.rtmpUrl!, streamKey: stream.streamKey });
  try {
    await eventually('the stream to be live', async () => {
      const response = await fetch(`${other.url}/live/${stream.liveStreamId}.m3u8`);
      await response.body?.cancel();
      return response.status === 200 ? true : undefined;
    });
    await other.stop();
    const { code } = await publisher.exited;
    expect(code).not.toBe(0);
    // The RTMP port is closed: a new publisher cannot connect.
    const late = pushTestStream({ rtmpUrl: other.rtmpUrl!, streamKey: stream.streamKey });
    expect((await late.exited).log).toMatch(/Connection refused/i);
  } finally {
    await publisher.stop();
    await other.stop();
  }
});
