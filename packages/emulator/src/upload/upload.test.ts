import { openAsBlob } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForm, isProblem, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';

const MiB = 1024 * 1024;
const SIZE = 12 * MiB + 12_345;

let emulator: TestEmulator;
let input: string;
let blob: Blob;
let inputSha: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  input = await ensureFile({ size: SIZE, seed: 'emulator-upload' });
  blob = await openAsBlob(input);
  inputSha = await sha256File(input);
});
afterAll(async () => {
  await emulator.dispose();
});

async function createVideo(title = 'upload'): Promise<string> {
  const response = await emulator.call('/videos', { method: 'POST', json: { title } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { videoId: string }).videoId;
}

function sendPart(videoId: string, data: Blob, contentRange?: string, filename = 'clip.mp4'): Promise<Response> {
  return emulator.call(`/videos/${videoId}/source`, {
    method: 'POST',
    body: fileForm(data, filename),
    headers: contentRange ? { 'content-range': contentRange } : {},
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body read field by field
async function status(videoId: string): Promise<any> {
  return (await emulator.call(`/videos/${videoId}/status`)).json();
}

const sourceOf = (videoId: string) => join(emulator.dataDir, 'videos', videoId, 'source');

/** The 5 MiB parts of the test file: [0, 5 MiB), [5, 10), [10, end). */
const parts = () => [blob.slice(0, 5 * MiB), blob.slice(5 * MiB, 10 * MiB), blob.slice(10 * MiB)];

async function expectProblem(response: Response, status: number, slug: string): Promise<void> {
  const body = (await response.json()) as { type: string };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(isProblem(body, status)).toBe(true);
  expect(body.type).toBe(`https://docs.api.video/reference/${slug}`);
}

describe('uploads', () => {
  it('assembles parts sent out of order into the exact bytes', async () => {
    const videoId = await createVideo();
    const [p1, p2, p3] = parts();
    expect((await sendPart(videoId, p3!, 'part 3/3')).status).toBe(201);
    let s = await status(videoId);
    expect(s.ingest).toMatchObject({ status: 'uploading', receivedParts: { parts: [3], total: 3 } });
    expect((await sendPart(videoId, p1!, 'part 1/3')).status).toBe(201);
    s = await status(videoId);
    expect(s.ingest.receivedParts).toEqual({ parts: [1, 3], total: 3 });
    expect(s.ingest.receivedBytes).toEqual([{ from: 0, to: 5 * MiB - 1, total: 5 * MiB }]);
    const last = await sendPart(videoId, p2!, 'part 2/3');
    expect(last.status).toBe(201);
    expect(((await last.json()) as { videoId: string }).videoId).toBe(videoId);
    s = await status(videoId);
    expect(s.ingest).toMatchObject({ status: 'uploaded', filesize: SIZE });
    expect(s.ingest.receivedBytes).toEqual([{ from: 0, to: SIZE - 1, total: SIZE }]);
    expect(s.encoding.playable).toBe(false);
    expect(await sha256File(sourceOf(videoId))).toBe(inputSha);
  });

  it('assembles a many-part upload without piling listeners on the source file', async () => {
    const path = await ensureFile({ size: 11 * 5 * MiB + 7, seed: 'emulator-many-parts' });
    const file = await openAsBlob(path);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const videoId = await createVideo('many parts');
      for (let n = 1; n <= 12; n++) {
        const response = await sendPart(videoId, file.slice((n - 1) * 5 * MiB, n * 5 * MiB), `part ${n}/12`);
        expect(response.status).toBe(201);
      }
      expect(await sha256File(sourceOf(videoId))).toBe(await sha256File(path));
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('accepts every part concurrently', async () => {
    const videoId = await createVideo();
    const responses = await Promise.all(parts().map((part, i) => sendPart(videoId, part, `part ${i + 1}/3`)));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    expect((await status(videoId)).ingest.status).toBe('uploaded');
    expect(await sha256File(sourceOf(videoId))).toBe(inputSha);
  });

  it('takes progressive parts (part n/* … part n/n)', async () => {
    const videoId = await createVideo();
    const [p1, p2, p3] = parts();
    expect((await sendPart(videoId, p1!, 'part 1/*')).status).toBe(201);
    expect((await status(videoId)).ingest.receivedParts).toEqual({ parts: [1], total: null });
    expect((await sendPart(videoId, p2!, 'part 2/*')).status).toBe(201);
    expect((await sendPart(videoId, p3!, 'part 3/3')).status).toBe(201);
    expect(await sha256File(sourceOf(videoId))).toBe(inputSha);
  });

  it('takes the byte-range form', async () => {
    const videoId = await createVideo();
    const chunks = [
      [0, 5 * MiB],
      [10 * MiB, SIZE],
      [5 * MiB, 10 * MiB],
    ] as const;
    for (const [from, to] of chunks.slice(0, 2)) {
      expect((await sendPart(videoId, blob.slice(from, to), `bytes ${from}-${to - 1}/${SIZE}`)).status).toBe(201);
    }
    const s = await status(videoId);
    expect(s.ingest.filesize).toBe(SIZE);
    expect(s.ingest.receivedBytes).toEqual([
      { from: 0, to: 5 * MiB - 1, total: SIZE },
      { from: 10 * MiB, to: SIZE - 1, total: SIZE },
    ]);
    const [from, to] = chunks[2];
    expect((await sendPart(videoId, blob.slice(from, to), `bytes ${from}-${to - 1}/${SIZE}`)).status).toBe(201);
    expect(await sha256File(sourceOf(videoId))).toBe(inputSha);
  });

  it('accepts a single request without Content-Range, whatever the file field is called', async () => {
    const videoId = await createVideo();
    const form = new FormData();
    form.append('clip.mp4', blob, 'clip.mp4');
    const response = await emulator.call(`/videos/${videoId}/source`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    expect(await sha256File(sourceOf(videoId))).toBe(inputSha);
    await expectProblem(await sendPart(videoId, blob.slice(0, 10)), 400, 'video-source-already-uploaded');
  });

  it('rejects a part number sent twice, also when both arrive at once', async () => {
    const videoId = await createVideo();
    const [p1] = parts();
    expect((await sendPart(videoId, p1!, 'part 1/3')).status).toBe(201);
    await expectProblem(await sendPart(videoId, p1!, 'part 1/3'), 400, 'upload-part-collision');

    const other = await createVideo();
    const both = await Promise.all([sendPart(other, p1!, 'part 1/3'), sendPart(other, p1!, 'part 1/3')]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 400]);
    expect((await status(other)).ingest.receivedParts.parts).toEqual([1]);
  });

  it('wants parts of at least 5 MiB except the last', async () => {
    const videoId = await createVideo();
    await expectProblem(await sendPart(videoId, blob.slice(0, MiB), 'part 1/3'), 400, 'upload-part-too-small');
    await expectProblem(await sendPart(videoId, blob.slice(0, MiB), 'part 1/*'), 400, 'upload-part-too-small');
    expect((await status(videoId)).ingest.receivedParts.parts).toEqual([]);
    expect((await sendPart(videoId, blob.slice(0, MiB), 'part 3/3')).status).toBe(201);
  });

  it('keeps the total once known and never mixes forms', async () => {
    const videoId = await createVideo();
    const [p1, p2] = parts();
    expect((await sendPart(videoId, p1!, 'part 1/3')).status).toBe(201);
    await expectProblem(await sendPart(videoId, p2!, 'part 2/4'), 400, 'upload-total-changed');
    await expectProblem(
      await sendPart(videoId, p2!, `bytes ${5 * MiB}-${10 * MiB - 1}/${SIZE}`),
      400,
      'upload-content-range-mixed',
    );
    await expectProblem(await sendPart(videoId, p2!), 400, 'upload-content-range-mixed');
    await expectProblem(await sendPart(videoId, p2!, 'bytes 0-9/100'), 400, 'upload-content-range-mixed');
  });

  it('refuses a body whose size contradicts its byte range', async () => {
    const videoId = await createVideo();
    await expectProblem(
      await sendPart(videoId, blob.slice(0, 100), `bytes 0-199/${SIZE}`),
      400,
      'content-range-size-mismatch',
    );
  });

  it('forgets a part whose connection dies mid-body, so it can be sent again', async () => {
    const videoId = await createVideo();
    const { port } = new URL(emulator.url);
    const boundary = 'vidkitboundary';
    await new Promise<void>((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: Number(port),
        method: 'POST',
        path: `/videos/${videoId}/source`,
        headers: {
          ...emulator.auth,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-range': 'part 1/3',
          'content-length': String(6 * MiB),
        },
      });
      request.on('error', () => resolve());
      request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n\r\n`);
      request.write(Buffer.alloc(MiB));
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await status(videoId)).ingest.receivedParts.parts).toEqual([]);
    expect((await sendPart(videoId, parts()[0]!, 'part 1/3')).status).toBe(201);
  });

  it('wants exactly one file', async () => {
    const videoId = await createVideo();
    const two = fileForm('a', 'a.mp4');
    two.append('other', new Blob(['b']), 'b.mp4');
    await expectProblem(
      await emulator.call(`/videos/${videoId}/source`, { method: 'POST', body: two }),
      400,
      'uploaded-file-multiple-files',
    );
    const none = new FormData();
    none.append('videoId', videoId);
    await expectProblem(
      await emulator.call(`/videos/${videoId}/source`, { method: 'POST', body: none }),
      400,
      'uploaded-file-no-file',
    );
    await expectProblem(
      await emulator.call(`/videos/${videoId}/source`, { method: 'POST', json: { file: 'x' } }),
      400,
      'uploaded-file-no-file',
    );
    expect((await status(videoId)).ingest.receivedParts.parts).toEqual([]);
  });
});

describe('delegated uploads', () => {
  async function token(ttl: number): Promise<string> {
    const response = await emulator.call('/upload-tokens', { method: 'POST', json: { ttl } });
    return ((await response.json()) as { token: string }).token;
  }

  function upload(uploadToken: string, data: Blob, contentRange?: string, videoId?: string): Promise<Response> {
    return emulator.call(`/upload?token=${uploadToken}`, {
      method: 'POST',
      auth: false,
      body: fileForm(data, 'clip.mp4', videoId ? { videoId } : {}),
      headers: contentRange ? { 'content-range': contentRange } : {},
    });
  }

  it('creates the video on the first part and continues it with videoId', async () => {
    const uploadToken = await token(0);
    const [p1, p2, p3] = parts();
    const first = await upload(uploadToken, p1!, 'part 1/3');
    expect(first.status).toBe(201);
    const { videoId, title } = (await first.json()) as { videoId: string; title: string };
    expect(videoId).toMatch(/^vi[0-9A-Za-z]{22}$/);
    expect(title).toBe('clip');
    expect((await upload(uploadToken, p3!, 'part 3/3', videoId)).status).toBe(201);
    expect((await upload(uploadToken, p2!, 'part 2/3', videoId)).status).toBe(201);
    expect(await sha256File(sourceOf(videoId))).toBe(inputSha);
  });

  it('refuses a videoId the token did not create', async () => {
    const uploadToken = await token(0);
    const videoId = await createVideo();
    await expectProblem(await upload(uploadToken, blob.slice(0, 10), undefined, videoId), 400, 'invalid-attribute');
  });

  it('leaves no empty video behind when the first part is refused', async () => {
    const uploadToken = await token(0);
    const before = (
      (await (await emulator.call('/videos?pageSize=100')).json()) as { pagination: { itemsTotal: number } }
    ).pagination.itemsTotal;
    await expectProblem(await upload(uploadToken, blob.slice(0, 10), 'part 1/2'), 400, 'upload-part-too-small');
    const after = (
      (await (await emulator.call('/videos?pageSize=100')).json()) as { pagination: { itemsTotal: number } }
    ).pagination.itemsTotal;
    expect(after).toBe(before);
  });

  it('refuses an expired, a deleted or an unknown token', async () => {
    const short = await token(1);
    expect((await upload(short, blob.slice(0, 10))).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expectProblem(await upload(short, blob.slice(0, 10)), 404, 'resource-not-found');
    expect((await emulator.call(`/upload-tokens/${short}`)).status).toBe(404);

    const deleted = await token(0);
    expect((await emulator.call(`/upload-tokens/${deleted}`, { method: 'DELETE' })).status).toBe(204);
    await expectProblem(await upload(deleted, blob.slice(0, 10)), 404, 'resource-not-found');
    await expectProblem(await upload('to0000000000000000000000', blob.slice(0, 10)), 404, 'resource-not-found');
    await expectProblem(
      await emulator.call('/upload', { method: 'POST', auth: false, body: fileForm('x') }),
      404,
      'resource-not-found',
    );
  });

  it('needs no credential but refuses the API without one', async () => {
    await expectProblem(await emulator.call('/videos', { auth: false }), 401, 'authentication-required');
  });
});

describe('the single-request cap', () => {
  it('applies without Content-Range only (cap lowered through the limits option)', async () => {
    const small = await startTestEmulator({ limits: { singleRequestBytes: MiB } });
    try {
      const create = async () =>
        (
          (await (await small.call('/videos', { method: 'POST', json: { title: 'cap' } })).json()) as {
            videoId: string;
          }
        ).videoId;
      const capped = await create();
      const refused = await small.call(`/videos/${capped}/source`, {
        method: 'POST',
        body: fileForm(blob.slice(0, 2 * MiB)),
      });
      await expectProblem(refused, 400, 'upload-single-request-too-large');
      const inParts = await create();
      const accepted = await small.call(`/videos/${inParts}/source`, {
        method: 'POST',
        body: fileForm(blob.slice(0, 2 * MiB)),
        headers: { 'content-range': 'part 1/1' },
      });
      expect(accepted.status).toBe(201);
    } finally {
      await small.dispose();
    }
  });
});
