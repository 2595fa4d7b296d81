import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import {
  createUploadToken,
  MiB,
  sourceSha,
  uploadRequests,
  resetRequests,
  useEmulator,
} from './test-support/emulator.js';

const emulator = useEmulator();

const cases = [
  { label: 'one byte', size: 1, parts: 1 },
  { label: 'small (under one part)', size: 3 * MiB + 17, parts: 1 },
  { label: 'exact multiple of the part size', size: 10 * MiB, parts: 2 },
  { label: 'large (several parts, short last one)', size: 21 * MiB + 5, parts: 5 },
];

describe('createUpload against the emulator', () => {
  for (const { label, size, parts } of cases) {
    it(`uploads a ${label} file with an upload token; the assembled source has the same sha256`, async () => {
      const path = await ensureFile({ size, seed: `upload-${size}` });
      await resetRequests(emulator);
      const upload = createUpload({
        file: path,
        uploadToken: await createUploadToken(emulator),
        apiBaseUrl: emulator.url,
        chunkSize: 5 * MiB,
      });
      const seen: number[] = [];
      upload.subscribe(() => seen.push(upload.getSnapshot().progress));
      const video = await upload.start();
      const snapshot = upload.getSnapshot();
      expect(snapshot).toMatchObject({ status: 'completed', progress: 1, partsDone: parts, partsTotal: parts });
      expect(snapshot.bytesUploaded).toBe(size);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
      expect(await uploadRequests(emulator)).toBe(parts);
    });
  }

  it('uploads with an API key (bearer mode) into a video it creates, in parallel parts', async () => {
    const path = await ensureFile({ size: 16 * MiB + 3, seed: 'bearer' });
    const upload = createUpload({
      file: path,
      apiKey: emulator.apiKey,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 4,
      videoName: 'bearer test',
    });
    const video = await upload.start();
    expect(video.title).toBe('bearer test');
    expect(upload.getSnapshot().partsDone).toBe(4);
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
  });

  it('uploads a Buffer and a Node Readable (sent as part n/* … n/n)', async () => {
    const { createReadStream } = await import('node:fs');
    const { readFile } = await import('node:fs/promises');
    const path = await ensureFile({ size: 11 * MiB + 1, seed: 'stream' });
    const token = await createUploadToken(emulator);
    const expected = await sha256File(path);
    const fromBuffer = await createUpload({
      file: await readFile(path),
      uploadToken: token,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
    }).start();
    expect(await sourceSha(emulator, fromBuffer.videoId)).toBe(expected);
    const streamed = createUpload({
      file: createReadStream(path),
      uploadToken: token,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
    });
    const video = await streamed.start();
    expect(streamed.getSnapshot()).toMatchObject({ partsTotal: 3, bytesTotal: 11 * MiB + 1, progress: 1 });
    expect(await sourceSha(emulator, video.videoId)).toBe(expected);
  });

  it('fails at once with the API error on a 4xx it cannot fix', async () => {
    const path = await ensureFile({ size: 1024, seed: 'bad-token' });
    await resetRequests(emulator);
    const upload = createUpload({ file: path, uploadToken: 'to_does_not_exist', apiBaseUrl: emulator.url });
    const error = await upload.start().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UploadError', code: 'upload_token_refused' });
    expect((error as Error).cause).toMatchObject({ name: 'ApiError' });
    expect(upload.getSnapshot().status).toBe('failed');
    expect(await uploadRequests(emulator)).toBe(1);
  });
});
