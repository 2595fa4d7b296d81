import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createProgressiveUpload } from './progressive.js';
import {
  createUploadToken,
  MiB,
  sourceSha,
  uploadRequests,
  resetRequests,
  useEmulator,
} from './test-support/emulator.js';

const emulator = useEmulator();

function chunks(count: number, size: number): Uint8Array<ArrayBuffer>[] {
  return Array.from({ length: count }, (_, i) => {
    const bytes = new Uint8Array(size);
    for (let j = 0; j < size; j += 997) bytes[j] = (i * 31 + j) & 255;
    return bytes;
  });
}

const sha = (parts: Uint8Array<ArrayBuffer>[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

describe('createProgressiveUpload', () => {
  it('merges recorder blobs into ≥ 5 MiB parts and ends with a non-empty part n/n', async () => {
    const data = chunks(13, 1 * MiB + 100); // ~13 MiB in 1 MiB blobs
    await resetRequests(emulator);
    const upload = createProgressiveUpload({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
    });
    for (const bytes of data) await upload.uploadPart(new Blob([bytes]));
    // The recorder's final blob is empty: the held-back blob becomes the last part.
    const video = await upload.uploadLastPart(new Blob([]));
    expect(upload.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 3, partsTotal: 3 });
    expect(await uploadRequests(emulator)).toBe(3);
    expect(await sourceSha(emulator, video.videoId)).toBe(sha(data));
  });

  it('works in bearer mode and with a single small recording', async () => {
    const data = chunks(2, 1000);
    const upload = createProgressiveUpload({ apiKey: emulator.apiKey, apiBaseUrl: emulator.url, videoName: 'rec' });
    await upload.uploadPart(new Blob([data[0]!]));
    const video = await upload.uploadLastPart(new Blob([data[1]!]));
    expect(await sourceSha(emulator, video.videoId)).toBe(sha(data));
  });

  it('refuses an upload with no bytes at all', async () => {
    const upload = createProgressiveUpload({ uploadToken: 'to1', apiBaseUrl: emulator.url });
    await expect(upload.uploadLastPart(new Blob([]))).rejects.toMatchObject({ code: 'invalid_source' });
  });
});
