import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { openAsBlob } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EmulatorContext } from './context.js';
import type { RunningEmulator } from './index.js';
import { launch } from './start.js';
import { fileForm } from './test-support/emulator.js';

let dataDir: string;
let emulator: RunningEmulator;
let ctx: EmulatorContext;
const auth = () => ({ authorization: `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}` });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vidkit-emulator-context-'));
  ({ emulator, ctx } = await launch({ port: 0, dataDir, encoding: { enabled: false } }));
});
afterAll(async () => {
  await emulator.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function createVideo(): Promise<string> {
  const response = await fetch(`${emulator.url}/videos`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'seam' }),
  });
  return (await response.json()).videoId;
}

describe('the context the media and live modules plug into', () => {
  it('emits source:assembled exactly once, with the assembled file', async () => {
    const MiB = 1024 * 1024;
    const input = await ensureFile({ size: 10 * MiB + 1, seed: 'emulator-context' });
    const blob = await openAsBlob(input);
    const videoId = await createVideo();
    const seen: { videoId: string; path: string }[] = [];
    const off = ctx.events.on('source:assembled', (event) => {
      seen.push(event);
    });
    const responses = await Promise.all(
      [blob.slice(0, 5 * MiB), blob.slice(5 * MiB, 10 * MiB), blob.slice(10 * MiB)].map((part, i) =>
        fetch(`${emulator.url}/videos/${videoId}/source`, {
          method: 'POST',
          headers: { ...auth(), 'content-range': `part ${i + 1}/3` },
          body: fileForm(part),
        }),
      ),
    );
    off();
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(seen).toEqual([{ videoId, path: ctx.paths.source(videoId) }]);
    expect(await sha256File(seen[0]!.path)).toBe(await sha256File(input));
  });

  it('shows encoding state set through the context in the API', async () => {
    const videoId = await createVideo();
    ctx.videos.setIngestStatus(videoId, 'ingested');
    ctx.videos.updateEncoding(videoId, (encoding) => ({
      ...encoding,
      playable: true,
      qualities: [{ type: 'hls', quality: '360p', status: 'encoded' }],
      metadata: { ...encoding.metadata, width: 640, height: 360 },
    }));
    const status = await (await fetch(`${emulator.url}/videos/${videoId}/status`, { headers: auth() })).json();
    expect(status.ingest.status).toBe('ingested');
    expect(status.encoding).toMatchObject({
      playable: true,
      qualities: [{ type: 'hls', quality: '360p', status: 'encoded' }],
      metadata: { width: 640, height: 360 },
    });
  });

  it('emits video:deleted, and a listener that throws breaks nothing', async () => {
    const videoId = await createVideo();
    const deleted: string[] = [];
    const offBad = ctx.events.on('video:deleted', () => {
      throw new Error('a broken listener');
    });
    const off = ctx.events.on('video:deleted', (event) => {
      deleted.push(event.videoId);
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await fetch(`${emulator.url}/videos/${videoId}`, { method: 'DELETE', headers: auth() });
    off();
    offBad();
    expect(response.status).toBe(204);
    expect(deleted).toEqual([videoId]);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain("'video:deleted' listener failed");
    consoleError.mockRestore();
  });

  it('emits source:assembled again when a video deleted before its encoding finished is restored', async () => {
    const videoId = await createVideo();
    const upload = await fetch(`${emulator.url}/videos/${videoId}/source`, {
      method: 'POST',
      headers: auth(),
      body: fileForm('source bytes'),
    });
    expect(upload.status).toBe(201);
    expect((await fetch(`${emulator.url}/videos/${videoId}`, { method: 'DELETE', headers: auth() })).status).toBe(204);
    const seen: string[] = [];
    const off = ctx.events.on('source:assembled', (event) => {
      seen.push(event.videoId);
    });
    const restore = await fetch(`${emulator.url}/discarded/videos/${videoId}`, {
      method: 'PATCH',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ discarded: false }),
    });
    off();
    expect(restore.status).toBe(200);
    expect(seen).toEqual([videoId]);
  });

  it('lets the live module flip broadcasting', async () => {
    const response = await fetch(`${emulator.url}/live-streams`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'seam' }),
    });
    const stream = await response.json();
    expect(ctx.liveStreams.findByStreamKey(stream.streamKey)?.liveStreamId).toBe(stream.liveStreamId);
    ctx.liveStreams.setBroadcasting(stream.liveStreamId, true);
    const after = await (
      await fetch(`${emulator.url}/live-streams/${stream.liveStreamId}`, { headers: auth() })
    ).json();
    expect(after.broadcasting).toBe(true);
  });

  it('keeps every path inside the data directory', () => {
    expect(() => ctx.paths.source('../../etc')).toThrow();
    expect(() => ctx.paths.caption('vi123', '../x')).toThrow();
    expect(ctx.paths.source('vi123').startsWith(dataDir)).toBe(true);
  });
});
