import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator } from '../index.js';
import { pushTestStream, type TestStreamPublisher } from './push-test-stream.js';
import { apiClient, eventually, startWebhookReceiver } from './test-support/helpers.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
interface LiveStream {
  liveStreamId: string;
  streamKey: string;
  broadcasting: boolean;
  assets: { hls: string };
}

let emulator: Emulator;
let api: ReturnType<typeof apiClient>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let signatureSecret: string;
const publishers: TestStreamPublisher[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, live: { rtmpPort: 0 }, encoding: { enabled: false } });
  api = apiClient(emulator.url, emulator.apiKey);
  receiver = await startWebhookReceiver();
  const webhook = await api<{ signatureSecret: string }>('POST', '/webhooks', {
    url: receiver.url,
    events: ['live-stream.broadcast.started', 'live-stream.broadcast.ended'],
  });
  signatureSecret = webhook.signatureSecret;
});

afterAll(async () => {
  await Promise.all(publishers.map((publisher) => publisher.stop()));
  await emulator?.stop();
  await receiver?.close();
});

function push(streamKey: string): TestStreamPublisher {
  const publisher = pushTestStream({ rtmpUrl: emulator.rtmpUrl!, streamKey });
  publishers.push(publisher);
  return publisher;
}

async function createLiveStream(name: string): Promise<LiveStream> {
  return api<LiveStream>('POST', '/live-streams', { name, public: true });
}

/** The live playlist once it lists segments, or undefined while it answers 404. */
async function playlist(liveStreamId: string): Promise<string | undefined> {
  const response = await fetch(`${emulator.url}/live/${liveStreamId}.m3u8`);
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
  return response.text();
}

async function manifestStatus(liveStreamId: string): Promise<number> {
  const response = await fetch(`${emulator.url}/live/${liveStreamId}.m3u8`);
  await response.body?.cancel();
  return response.status;
}

describe('live ingest', () => {
  test('exposes the ingest URL in api.video’s shape', () => {
    expect(emulator.rtmpUrl).toMatch(/^rtmp:\/\/127\.0\.0\.1:\d+\/s$/);
  });

  test('refuses a publisher with an unknown stream key', async () => {
    const publisher = push('not-a-stream-key');
    const { code, log } = await publisher.exited;
    expect(code).not.toBe(0);
    expect(log).toContain('Unknown stream key');
  });

  test('a pushed stream is live with a rolling 2 s window, then offline when the publisher stops', async () => {
    const stream = await createLiveStream('one');
    expect(stream.broadcasting).toBe(false);
    expect(await manifestStatus(stream.liveStreamId)).toBe(404);

    const publisher = push(stream.streamKey);
    const text = await eventually('the live playlist', () => playlist(stream.liveStreamId));
    expect(text).toContain('#EXT-X-TARGETDURATION:2');
    const segments = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.length).toBeLessThanOrEqual(6);
    const first = await fetch(new URL(segments[0]!, `${emulator.url}/live/${stream.liveStreamId}.m3u8`));
    expect(first.status).toBe(200);
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(188);
    expect(bytes[0]).toBe(0x47); // MPEG-TS sync byte
    const onAir = await api<LiveStream & { assets: { thumbnail: string } }>(
      'GET',
      `/live-streams/${stream.liveStreamId}`,
    );
    expect(onAir.broadcasting).toBe(true);
    // Without an uploaded thumbnail, the thumbnail is a frame of the broadcast.
    const thumbnail = await fetch(onAir.assets.thumbnail);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
    expect([...new Uint8Array(await thumbnail.arrayBuffer()).subarray(0, 2)]).toEqual([0xff, 0xd8]);

    // The window rolls: a later playlist starts further on.
    const sequence = (t: string) => Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(t)?.[1]);
    await eventually('the window to move', async () => {
      const later = await playlist(stream.liveStreamId);
      return later && (sequence(later) > sequence(text) || later.split('#EXTINF').length > text.split('#EXTINF').length)
        ? true
        : undefined;
    });

    await publisher.stop();
    await eventually('the manifest to answer 404', async () =>
      (await manifestStatus(stream.liveStreamId)) === 404 ? true : undefined,
    );
    const after = await api<LiveStream>('GET', `/live-streams/${stream.liveStreamId}`);
    expect(after.broadcasting).toBe(false);
    expect((await fetch(onAir.assets.thumbnail)).status).toBe(404);
  });

  test('two streams broadcast at once on one port', async () => {
    const [a, b] = await Promise.all([createLiveStream('a'), createLiveStream('b')]);
    const publisherA = push(a!.streamKey);
    const publisherB = push(b!.streamKey);
    const [playlistA, playlistB] = await Promise.all([
      eventually('stream a', () => playlist(a!.liveStreamId)),
      eventually('stream b', () => playlist(b!.liveStreamId)),
    ]);
    expect(playlistA).toContain(`${a!.liveStreamId}/`);
    expect(playlistB).toContain(`${b!.liveStreamId}/`);
    const streams = await api<{ data: LiveStream[] }>('GET', '/live-streams');
    const live = streams.data.filter((s) => s.broadcasting).map((s) => s.liveStreamId);
    expect(live).toEqual(expect.arrayContaining([a!.liveStreamId, b!.liveStreamId]));
    await Promise.all([publisherA.stop(), publisherB.stop()]);
  });

  test('a second publisher on a stream that is already live is refused', async () => {
    const stream = await createLiveStream('busy');
    const first = push(stream.streamKey);
    await eventually('the first publisher', () => playlist(stream.liveStreamId));
    const second = push(stream.streamKey);
    expect((await second.exited).code).not.toBe(0);
    expect(await manifestStatus(stream.liveStreamId)).toBe(200);
    await first.stop();
  });

  test('a private stream plays only through the token in its assets', async () => {
    const stream = await api<LiveStream>('POST', '/live-streams', { name: 'private', public: false });
    const publisher = push(stream.streamKey);
    const { assets } = await api<LiveStream>('GET', `/live-streams/${stream.liveStreamId}`);
    expect(assets.hls).toMatch(new RegExp(`/live/private/[^/]+/${stream.liveStreamId}\\.m3u8$`));
    const text = await eventually('the private playlist', async () => {
      const response = await fetch(assets.hls);
      return response.status === 200 ? response.text() : undefined;
    });
    const segment = text.split('\n').find((line) => line && !line.startsWith('#'))!;
    expect((await fetch(new URL(segment, assets.hls))).status).toBe(200);
    // Neither the public path nor a made-up token reads it.
    expect(await manifestStatus(stream.liveStreamId)).toBe(404);
    const forged = await fetch(`${emulator.url}/live/private/forged/${stream.liveStreamId}.m3u8`);
    expect(forged.status).toBe(404);
    expect((await fetch(new URL(segment, `${emulator.url}/live/x.m3u8`))).status).toBe(404);
    await publisher.stop();
  });

  test('serves an uploaded live thumbnail at the asset URL', async () => {
    const stream = await createLiveStream('thumbnail');
    const { assets } = await api<LiveStream & { assets: { thumbnail: string } }>(
      'GET',
      `/live-streams/${stream.liveStreamId}`,
    );
    expect((await fetch(assets.thumbnail)).status).toBe(404);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('vidkit live thumbnail'), 0xff, 0xd9]);
    const form = new FormData();
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'cover.jpg');
    const upload = await fetch(`${emulator.url}/live-streams/${stream.liveStreamId}/thumbnail`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    const served = await fetch(assets.thumbnail);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
  });

  test('PUT /live-streams/{id}/complete disconnects the publisher', async () => {
    const stream = await createLiveStream('completed');
    const publisher = push(stream.streamKey);
    await eventually('the stream to be live', () => playlist(stream.liveStreamId));
    await api('PUT', `/live-streams/${stream.liveStreamId}/complete`);
    await publisher.exited;
    await eventually('the manifest to answer 404', async () =>
      (await manifestStatus(stream.liveStreamId)) === 404 ? true : undefined,
    );
  });

  test('browser tests can take a stream on and off air through the admin route', async () => {
    const stream = await createLiveStream('admin');
    const route = `${emulator.url}/_emulator/live-streams/${stream.liveStreamId}/publisher`;
    const started = await fetch(route, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ width: 320, height: 180 }),
    });
    expect(started.status).toBe(201);
    expect((await fetch(route, { method: 'PUT' })).status).toBe(200);
    await eventually('the stream to be live', () => playlist(stream.liveStreamId));
    expect((await fetch(route, { method: 'DELETE' })).status).toBe(204);
    await eventually('the manifest to answer 404', async () =>
      (await manifestStatus(stream.liveStreamId)) === 404 ? true : undefined,
    );
    expect((await fetch(route, { method: 'DELETE' })).status).toBe(404);
    const missing = await fetch(`${emulator.url}/_emulator/live-streams/li404/publisher`, { method: 'PUT' });
    expect(missing.status).toBe(404);
    const invalid = await fetch(route, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fps: 'fast' }),
    });
    expect(invalid.status).toBe(400);
  });

  test('sends signed broadcast.started and broadcast.ended webhooks', async () => {
    const stream = await createLiveStream('hooked');
    const publisher = push(stream.streamKey);
    const mine = () => receiver.received.filter((d) => d.json.liveStreamId === stream.liveStreamId);
    await eventually('broadcast.started', async () => (mine().length >= 1 ? true : undefined));
    await publisher.stop();
    await eventually('broadcast.ended', async () => (mine().length >= 2 ? true : undefined));
    const deliveries = mine();
    expect(deliveries.map((d) => d.json.type)).toEqual([
      'live-stream.broadcast.started',
      'live-stream.broadcast.ended',
    ]);
    for (const delivery of deliveries) {
      const expected = createHmac('sha256', signatureSecret).update(delivery.body).digest('hex');
      expect(delivery.headers['x-api-video-signature']).toBe(expected);
    }
  });
});
