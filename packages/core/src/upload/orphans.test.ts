import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import { UPLOAD_MARKER_KEY } from './create-video.js';
import { createUploadToken, NO_FAULTS, setFaults, sourceSha, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator();
const UPLOADS = 60;
const DROPPED = 0.1;

async function videoCount(): Promise<number> {
  const response = await fetch(`${emulator.url}/videos?pageSize=1`, {
    headers: { Authorization: `Basic ${btoa(`${emulator.apiKey}:`)}` },
  });
  return ((await response.json()) as { pagination: { itemsTotal: number } }).pagination.itemsTotal;
}

/** Uploads `UPLOADS` one-part files while the emulator drops the answers to `DROPPED` of the requests it handled. */
async function uploadThroughLostAnswers(credential: { apiKey: string } | { uploadToken: string }, seed: string) {
  const files = await Promise.all(
    Array.from({ length: UPLOADS }, (_, i) => ensureFile({ size: 64 * 1024 + i, seed: `${seed}-${i}` })),
  );
  const before = await videoCount();
  await setFaults(emulator, { ...NO_FAULTS, dropResponseRate: DROPPED });
  const videos = await Promise.all(
    files.map((file) =>
      createUpload({
        file,
        ...credential,
        apiBaseUrl: emulator.url,
        retry: { retries: 20, baseDelay: 5, maxDelay: 20 },
      }).start(),
    ),
  );
  await setFaults(emulator, { ...NO_FAULTS, dropResponseRate: 0 });
  for (const [i, video] of videos.entries())
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(files[i]!));
  return { created: (await videoCount()) - before, videos };
}

describe('lost answers create no orphan videos', () => {
  it('with an API key: every upload makes exactly one video, found again by its marker after a lost POST /videos', async () => {
    const { created, videos } = await uploadThroughLostAnswers({ apiKey: emulator.apiKey }, 'orphans-key');
    console.info(`[orphans] API key, ${DROPPED * 100}% answers lost: ${UPLOADS} uploads, ${created} videos`);
    expect(created).toBe(UPLOADS);
    expect(new Set(videos.map((v) => v.videoId)).size).toBe(UPLOADS);
    expect(videos[0]!.metadata).toEqual([expect.objectContaining({ key: UPLOAD_MARKER_KEY })]);
  }, 120_000);

  it('with an upload token: only a lost answer to a first part leaves an orphan (the protocol gives no way to find it)', async () => {
    const { created } = await uploadThroughLostAnswers(
      { uploadToken: await createUploadToken(emulator) },
      'orphans-token',
    );
    const orphans = created - UPLOADS;
    console.info(
      `[orphans] upload token, ${DROPPED * 100}% answers lost: ${UPLOADS} uploads, ${orphans} orphan videos`,
    );
    // One-part uploads: each lost answer is a lost first answer, so at most one orphan per upload that met one.
    expect(orphans).toBeGreaterThanOrEqual(0);
    expect(orphans).toBeLessThan(UPLOADS);
  }, 120_000);
});
