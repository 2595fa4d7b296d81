import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import { MiB, requestCounts, resetRequests, sourceSha, until, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator();

describe('bearer token expiry during an upload', () => {
  it('a 401 renews the credential and replays the part; the upload completes with the same bytes', async () => {
    const path = await ensureFile({ size: 16 * MiB + 3, seed: 'token-refresh' });
    await resetRequests(emulator);
    const upload = createUpload({
      file: path,
      apiKey: emulator.apiKey,
      baseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 1,
    });
    const attempts = new Set<number>();
    upload.subscribe(() => attempts.add(upload.getSnapshot().attempt));
    const done = upload.start();
    await until(upload, (s) => s.partsDone >= 1);
    // Between parts: nothing is sent while paused, so the next part meets the expired token.
    upload.pause();
    const expire = await fetch(`${emulator.url}/_emulator/auth/expire-tokens`, { method: 'POST' });
    expect(((await expire.json()) as { expired: number }).expired).toBe(1);
    upload.resume();
    const video = await done;

    expect(upload.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 4, partsTotal: 4 });
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
    // The replayed part was the second attempt of its request.
    expect(attempts.has(2)).toBe(true);
    const counts = await requestCounts(emulator);
    // One exchange at the start, one after the 401.
    expect((counts['POST /auth/api-key'] ?? 0) + (counts['POST /auth/refresh'] ?? 0)).toBe(2);
    // Four accepted parts plus the refused one (and the part the pause aborted, when it had reached the server).
    expect(counts['POST /videos/{videoId}/source']).toBeGreaterThanOrEqual(5);
  });
});
