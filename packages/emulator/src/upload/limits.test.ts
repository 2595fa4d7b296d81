import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForm, isProblem, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';

const KiB = 1024;
const MiB = 1024 * KiB;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ limits: { minPartBytes: 64 * KiB } });
});
afterAll(async () => {
  await emulator.dispose();
});

async function createVideo(target = emulator): Promise<string> {
  const response = await target.call('/videos', { method: 'POST', json: { title: 'limits' } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { videoId: string }).videoId;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body read field by field
const status = async (videoId: string, target = emulator): Promise<any> =>
  (await target.call(`/videos/${videoId}/status`)).json();

const list = async (dir: string): Promise<string[]> => readdir(dir).catch(() => []);

const bytes = (size: number, seed: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);

describe('a zero-byte upload is refused, as api.video refuses it', () => {
  it.each([
    ['a single request', undefined],
    ['a first part', 'part 1/2'],
    ['a last part of an unknown total', 'part 1/1'],
    ['a byte range', 'bytes 0-0/1'],
  ])('%s', async (_name, range) => {
    const videoId = await createVideo();
    const response = await emulator.call(`/videos/${videoId}/source`, {
      method: 'POST',
      body: fileForm(new Uint8Array(0)),
      headers: range ? { 'content-range': range } : {},
    });
    const body = (await response.json()) as { type: string };
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(isProblem(body, 400)).toBe(true);
    expect(body.type).toBe('https://docs.api.video/reference/uploaded-file-no-file');
    expect((await status(videoId)).ingest.receivedParts.parts).toEqual([]);
  });

  it('with an upload token, creating no video', async () => {
    const token = await (await emulator.call('/upload-tokens', { method: 'POST', json: { ttl: 0 } })).json();
    const before = (await (await emulator.call('/videos?pageSize=100')).json()).pagination.itemsTotal;
    const response = await fetch(`${emulator.url}/upload?token=${token.token}`, {
      method: 'POST',
      body: fileForm(new Uint8Array(0), 'empty.mp4'),
    });
    expect(response.status).toBe(400);
    expect((await (await emulator.call('/videos?pageSize=100')).json()).pagination.itemsTotal).toBe(before);
  });
});

describe('a chunk for a video deleted while the chunk was arriving', () => {
  it('is refused with a 404 and leaves no bytes anywhere', async () => {
    const videoId = await createVideo();
    const { port } = new URL(emulator.url);
    const boundary = 'vidkitboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const data = bytes(2 * MiB, 7);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: Number(port),
          method: 'POST',
          path: `/videos/${videoId}/source`,
          headers: {
            ...emulator.auth,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-range': 'part 1/2',
            'content-length': String(head.length + data.length + tail.length),
          },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.write(head);
      request.write(data.subarray(0, MiB));
      // The body is being written to a scratch file: delete the video now, then send the rest.
      void (async () => {
        const tmp = join(emulator.dataDir, 'tmp');
        for (;;) {
          const files = await list(tmp);
          const sizes = await Promise.all(
            files.map((name) =>
              stat(join(tmp, name)).then(
                (s) => s.size,
                () => 0,
              ),
            ),
          );
          if (sizes.some((size) => size > 0)) break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect((await emulator.call(`/videos/${videoId}`, { method: 'DELETE' })).status).toBe(204);
        request.end(Buffer.concat([data.subarray(MiB), Buffer.from(tail)]));
      })().catch(reject);
    });
    const { status: code, body } = await answer;
    expect(code, body).toBe(404);
    expect(isProblem(JSON.parse(body), 404)).toBe(true);
    expect(await list(join(emulator.dataDir, 'uploads', videoId))).toEqual([]);
    expect(await list(join(emulator.dataDir, 'tmp'))).toEqual([]);
    // Restored, it has no part: the refused chunk kept nothing.
    expect(
      (await emulator.call(`/discarded/videos/${videoId}`, { method: 'PATCH', json: { discarded: false } })).status,
    ).toBe(200);
    expect((await status(videoId)).ingest.receivedParts.parts).toEqual([]);
  });
});

describe('start-up sweep of a killed run', () => {
  it('removes half-written files and keeps every acknowledged part', async () => {
    const first = await startTestEmulator({ limits: { minPartBytes: 64 * KiB } });
    const { dataDir } = first;
    const whole = bytes(200 * KiB, 3);
    const [part1, part2] = [whole.subarray(0, 100 * KiB), whole.subarray(100 * KiB)];
    const videoId = await createVideo(first);
    const sent = await first.call(`/videos/${videoId}/source`, {
      method: 'POST',
      body: fileForm(part1),
      headers: { 'content-range': 'part 1/2' },
    });
    expect(sent.status).toBe(201);
    const done = await createVideo(first);
    expect((await first.call(`/videos/${done}/source`, { method: 'POST', body: fileForm(part2) })).status).toBe(201);
    await first.stop();

    // What a SIGKILL at the wrong moment leaves: scratch bodies and imports, a part moved into place but never
    // recorded, the part folder of an assembled video and of a video that is gone, a half-assembled source.
    const planted = [
      join(dataDir, 'tmp', 'upload-abandoned'),
      join(dataDir, 'tmp', 'import-abandoned'),
      join(dataDir, 'uploads', videoId, 'part-2'),
      join(dataDir, 'uploads', done, 'part-1'),
      join(dataDir, 'uploads', 'vi0000000000000000000000', 'part-1'),
      join(dataDir, 'videos', videoId, 'source.partial'),
    ];
    for (const path of planted) {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, 'leftover');
    }
    const acknowledged = join(dataDir, 'uploads', videoId, 'part-1');
    const acknowledgedBefore = await readFile(acknowledged);

    const second = await startTestEmulator({ dataDir, limits: { minPartBytes: 64 * KiB } });
    try {
      for (const path of planted) await expect(stat(path), path).rejects.toThrow();
      expect(await list(join(dataDir, 'tmp'))).toEqual([]);
      expect(await readFile(acknowledged)).toEqual(acknowledgedBefore);
      expect((await status(videoId, second)).ingest.receivedParts).toEqual({ parts: [1], total: 2 });
      expect((await status(done, second)).ingest.status).toBe('uploaded');

      const last = await second.call(`/videos/${videoId}/source`, {
        method: 'POST',
        body: fileForm(part2),
        headers: { 'content-range': 'part 2/2' },
      });
      expect(last.status).toBe(201);
      const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
      expect(sha(await readFile(join(dataDir, 'videos', videoId, 'source')))).toBe(sha(whole));
    } finally {
      await second.stop();
      await first.dispose();
    }
  });
});
