import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import { createUploadToken, MiB, setFaults, sourceSha, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator();

describe('retries under the emulator faults', () => {
  it('completes every upload with the right bytes despite 10% dropped connections, 5xx and 429s', async () => {
    const token = await createUploadToken(emulator);
    await setFaults(emulator, { dropRate: 0.1, errorRate: 0.1, rateLimitRate: 0.1, latencyMs: 0, bandwidthBps: 0 });
    // Each request meets a fault with a 27% chance, so a round of ~10 requests sees none about 4% of the time;
    // another round (new files) follows until one has, so the retry path is always exercised.
    let sawRetry = false;
    for (let round = 0; round < 5 && !sawRetry; round++) {
      const files = await Promise.all(
        [12 * MiB + 1, 9 * MiB, 16 * MiB + 7].map((size, i) => ensureFile({ size, seed: `faults-${round}-${i}` })),
      );
      const uploads = files.map((file, i) =>
        createUpload({
          file,
          ...(i === 1 ? { apiKey: emulator.apiKey } : { uploadToken: token }),
          apiBaseUrl: emulator.url,
          chunkSize: 5 * MiB,
          concurrency: 2,
          // The emulator's 429s say to wait for its whole minute window; a short cap keeps the test quick.
          retry: { retries: 12, baseDelay: 20, maxDelay: 200, maxRateLimitWait: 100 },
        }),
      );
      for (const upload of uploads) upload.subscribe(() => (sawRetry ||= upload.getSnapshot().status === 'retrying'));
      const videos = await Promise.all(uploads.map((upload) => upload.start()));
      for (const [i, video] of videos.entries()) {
        expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(files[i]!));
      }
    }
    expect(sawRetry).toBe(true);
  }, 120_000);
});
