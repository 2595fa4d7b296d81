import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Broadcasts } from './broadcasts.js';
import { pushTestStream } from './push-test-stream.js';
import { startRtmpServer } from './rtmp/server.js';

test('a broadcast whose packager cannot run drops its publisher instead of staying "live"', async () => {
  const liveDir = await mkdtemp(join(tmpdir(), 'vidkit-live-'));
  const flags: boolean[] = [];
  const events: string[] = [];
  const logs: string[] = [];
  const broadcasts = new Broadcasts({
    liveDir,
    findStream: (key) => (key === 'k' ? { liveStreamId: 'li1' } : undefined),
    setBroadcasting: (_id, value) => flags.push(value),
    notify: (type) => events.push(type),
    log: (message) => logs.push(message),
    ffmpegPath: 'vidkit-no-such-ffmpeg',
  });
  const server = await startRtmpServer({
    host: '127.0.0.1',
    port: 0,
    apps: ['s'],
    onPublish: (request) => broadcasts.publish(request),
  });
  const publisher = pushTestStream({ rtmpUrl: `rtmp://127.0.0.1:${server.port}/s`, streamKey: 'k' });
  try {
    const { code } = await publisher.exited;
    expect(code).not.toBe(0);
    await broadcasts.settled();
    expect(flags).toEqual([true, false]);
    expect(events).toEqual(['live-stream.broadcast.started', 'live-stream.broadcast.ended']);
    expect(logs.join('\n')).toContain('could not run ffmpeg');
    expect(broadcasts.get('li1')).toBeUndefined();
  } finally {
    await publisher.stop();
    await server.close();
    await rm(liveDir, { recursive: true, force: true });
  }
});
