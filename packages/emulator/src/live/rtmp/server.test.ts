import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startHlsPackager, PLAYLIST_FILE } from '../hls-packager.js';
import { pushTestStream, type TestStreamPublisher } from '../push-test-stream.js';
import { startRtmpServer, type RtmpServer } from './server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('packages a pushed stream into a rolling HLS window and refuses unknown keys', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vidkit-rtmp-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const ended: string[] = [];
  const server: RtmpServer = await startRtmpServer({
    host: '127.0.0.1',
    port: 0,
    apps: ['s'],
    onPublish: ({ streamKey }) => {
      if (streamKey !== 'good') return null;
      const packager = startHlsPackager({ dir, segmentBaseUrl: 'x/' });
      return {
        write: (kind, timestamp, payload) => packager.write(kind, timestamp, payload),
        end: () => {
          ended.push(streamKey);
          void packager.end();
        },
      };
    },
  });
  cleanups.push(() => server.close());
  const rtmpUrl = `rtmp://127.0.0.1:${server.port}/s`;

  const refused = pushTestStream({ rtmpUrl, streamKey: 'bad' });
  cleanups.push(() => refused.stop());
  const outcome = await refused.exited;
  expect(outcome.code).not.toBe(0);
  expect(outcome.log).toContain('Unknown stream key');

  const publisher: TestStreamPublisher = pushTestStream({ rtmpUrl, streamKey: 'good' });
  cleanups.push(() => publisher.stop());
  const playlist = await until(async () => {
    const text = await readFile(join(dir, PLAYLIST_FILE), 'utf8').catch(() => undefined);
    return text?.includes('.ts') ? text : undefined;
  }, 20_000);
  expect(playlist).toContain('#EXTM3U');
  expect(playlist).toMatch(/^x\/\d+\.ts$/m);
  await publisher.stop();
  await until(async () => (ended.length ? true : undefined), 10_000);
  expect(ended).toEqual(['good']);
});

test('closes connections that do not speak RTMP, and keeps serving others', async () => {
  const server = await startRtmpServer({ host: '127.0.0.1', port: 0, apps: ['s'], onPublish: () => null });
  cleanups.push(() => server.close());
  const closedAfter = (bytes: Buffer) =>
    new Promise<Buffer>((resolve, reject) => {
      const received: Buffer[] = [];
      const socket = connect(server.port, '127.0.0.1', () => socket.write(bytes));
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      socket.on('close', () => resolve(Buffer.concat(received)));
      socket.on('error', reject);
    });
  // Wrong protocol version: closed without an answer.
  expect((await closedAfter(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'.padEnd(1537, 'x')))).length).toBe(0);
  // A valid handshake followed by a chunk stream that starts without a full header: answered, then closed.
  const c0c1 = Buffer.concat([Buffer.from([3]), Buffer.alloc(1536)]);
  const answer = await closedAfter(Buffer.concat([c0c1, Buffer.alloc(1536), Buffer.from([0xc3, 1, 2, 3])]));
  expect(answer.length).toBe(1 + 1536 * 2);
  expect(answer[0]).toBe(3);
  // An application other than /s is refused at connect.
  const refused = pushTestStream({ rtmpUrl: `rtmp://127.0.0.1:${server.port}/live`, streamKey: 'k' });
  cleanups.push(() => refused.stop());
  const outcome = await refused.exited;
  expect(outcome.code).not.toBe(0);
  expect(outcome.log).toContain('Unknown application');
});
