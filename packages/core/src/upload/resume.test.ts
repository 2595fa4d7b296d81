import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { fileResumeStore, memoryResumeStore } from './resume-store.js';
import { createUpload } from './upload.js';
import {
  createUploadToken,
  MiB,
  NO_FAULTS,
  resetRequests,
  setFaults,
  sourceSha,
  until,
  uploadRequests,
  useEmulator,
} from './test-support/emulator.js';

const emulator = useEmulator();

describe('resume after a reload', () => {
  for (const mode of ['token', 'bearer'] as const) {
    it(`a new upload of the same file continues where the old one stopped (${mode} mode)`, async () => {
      await setFaults(emulator, { ...NO_FAULTS, latencyMs: 400 });
      const path = await ensureFile({ size: 30 * MiB + 9, seed: `resume-${mode}` });
      const dir = await mkdtemp(join(tmpdir(), 'vidkit-resume-'));
      const credential =
        mode === 'token' ? { uploadToken: await createUploadToken(emulator) } : { apiKey: emulator.apiKey };
      const options = { file: path, ...credential, apiBaseUrl: emulator.url, chunkSize: 5 * MiB, concurrency: 2 };
      // The "page" before the reload: its store is a file, as a crashed Node process would leave it.
      const first = createUpload({ ...options, resume: fileResumeStore(join(dir, 'uploads.json')) });
      void first.start().catch(() => undefined);
      const before = await until(first, (s) => s.partsDone >= 3);
      first.cancel();
      await first.result.catch(() => undefined);
      await setFaults(emulator, NO_FAULTS);
      await resetRequests(emulator);

      const second = createUpload({ ...options, resume: fileResumeStore(join(dir, 'uploads.json')) });
      const video = await second.start();
      const sent = await uploadRequests(emulator);
      expect(sent).toBeGreaterThanOrEqual(1);
      expect(sent).toBeLessThanOrEqual(7 - before.partsDone);
      expect(second.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 7, progress: 1 });
      expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
    });
  }

  it('starts over when the saved video no longer matches the file', async () => {
    const path = await ensureFile({ size: 6 * MiB, seed: 'resume-mismatch' });
    const store = memoryResumeStore();
    const token = await createUploadToken(emulator);
    const video = await createUpload({
      file: path,
      uploadToken: token,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      resume: store,
    }).start();
    const again = await createUpload({
      file: path,
      uploadToken: token,
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      resume: store,
    }).start();
    // The first upload finished and cleared its entry, so the second is a new video.
    expect(again.videoId).not.toBe(video.videoId);
    expect(await sourceSha(emulator, again.videoId)).toBe(await sha256File(path));
  });
});
