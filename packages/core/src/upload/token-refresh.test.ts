import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import {
  createUploadToken,
  MiB,
  requestCounts,
  resetRequests,
  sourceSha,
  until,
  useEmulator,
} from './test-support/emulator.js';

const emulator = useEmulator();

describe('bearer token expiry during an upload', () => {
  it('a 401 renews the credential and replays the part; the upload completes with the same bytes', async () => {
    const path = await ensureFile({ size: 16 * MiB + 3, seed: 'token-refresh' });
    await resetRequests(emulator);
    const upload = createUpload({
      file: path,
      apiKey: emulator.apiKey,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 1,
    });
    const attempts = new Set<number>();
    upload.subscribe(() => attempts.add(upload.getSnapshot().attempt));
    const done = upload.start();
    await until(upload, (s) => s.partsDone >= 1);
    // Between parts: nothing is sent while paused, so the next part meets the expired token.
    upload.pause();
    const expire = await fetch(`${emulator.url}/_emulator/auth/expire-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(((await expire.json()) as { expired: number }).expired).toBe(1);
    upload.resume();
    const video = await done;

    expect(upload.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 4, partsTotal: 4 });
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
    // The replayed part was the second attempt of its request.
    expect(attempts.has(2)).toBe(true);
    const counts = await requestCounts(emulator);
    // One exchange of the key at the start; after the 401, the refresh token renews it (the key is not sent again).
    expect(counts['POST /auth/api-key']).toBe(1);
    expect(counts['POST /auth/refresh']).toBe(1);
    // Four accepted parts plus the refused one (and the part the pause aborted, when it had reached the server).
    expect(counts['POST /videos/{videoId}/source']).toBeGreaterThanOrEqual(5);
  });
});

describe('a dead upload token', () => {
  it('the 404 for an expired token asks getUploadToken again and replays the part', async () => {
    const path = await ensureFile({ size: 6 * MiB + 5, seed: 'dead-token' });
    // A token that lives one second, and is dead by the time the upload starts.
    const expiring = await createUploadToken(emulator, 1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const issued: string[] = [];
    await resetRequests(emulator);
    const upload = createUpload({
      file: path,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      getUploadToken: async () => {
        const token = issued.length === 0 ? expiring : await createUploadToken(emulator);
        issued.push(token);
        return token;
      },
    });
    const video = await upload.start();

    expect(issued).toHaveLength(2);
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
    // Two parts, plus the first attempt the dead token lost.
    expect((await requestCounts(emulator))['POST /upload']).toBe(3);
  });

  it('without getUploadToken, the 404 fails the upload at once, saying the token was refused', async () => {
    const path = await ensureFile({ size: MiB, seed: 'dead-token-fixed' });
    const expiring = await createUploadToken(emulator, 1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await resetRequests(emulator);
    const upload = createUpload({ file: path, apiBaseUrl: emulator.url, uploadToken: expiring });
    const error = await upload.start().catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'UploadError', code: 'upload_token_refused', status: 404, part: 1 });
    expect((error as Error).message).toMatch(/upload token was refused.*getUploadToken/);
    expect((error as Error & { cause: unknown }).cause).toMatchObject({ name: 'ApiError', status: 404 });
    expect(upload.getSnapshot().status).toBe('failed');
    expect((await requestCounts(emulator))['POST /upload']).toBe(1);
  });
});
