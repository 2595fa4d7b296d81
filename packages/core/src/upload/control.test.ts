import { beforeEach, describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { AbortError } from '../errors.js';
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
beforeEach(async () => {
  // Every request waits 400 ms at the server, so parts are in flight long enough to act on them.
  await setFaults(emulator, { ...NO_FAULTS, latencyMs: 400 });
  await resetRequests(emulator);
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pause, resume and cancel', () => {
  it('pause aborts the parts in flight and sends nothing until resume; the upload then completes', async () => {
    const path = await ensureFile({ size: 30 * MiB, seed: 'pause' });
    const upload = createUpload({
      file: path,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 2,
    });
    void upload.start().catch(() => undefined);
    await until(upload, (s) => s.partsDone >= 1);
    upload.pause();
    expect(upload.getSnapshot().status).toBe('paused');
    await settle(300);
    const whilePaused = await uploadRequests(emulator);
    const progress = upload.getSnapshot().progress;
    await settle(700);
    expect(await uploadRequests(emulator)).toBe(whilePaused);
    expect(upload.getSnapshot().progress).toBe(progress);
    upload.resume();
    const video = await upload.result;
    expect(upload.getSnapshot().status).toBe('completed');
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
  });

  it('cancel aborts everything and leaves no request in flight', async () => {
    const path = await ensureFile({ size: 40 * MiB, seed: 'cancel' });
    const upload = createUpload({
      file: path,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 3,
    });
    const result = upload.start();
    await until(upload, (s) => s.partsDone >= 1);
    upload.cancel();
    await expect(result).rejects.toBeInstanceOf(AbortError);
    expect(upload.getSnapshot().status).toBe('cancelled');
    const after = await uploadRequests(emulator);
    await settle(800);
    expect(await uploadRequests(emulator)).toBe(after);
    expect(upload.getSnapshot().partsDone).toBeLessThan(8);
  });

  it('pause and cancel hold from the moment start() is called, before anything is sent', async () => {
    const path = await ensureFile({ size: 12 * MiB, seed: 'early' });
    const token = await createUploadToken(emulator);
    const options = { file: path, uploadToken: token, apiBaseUrl: emulator.url, chunkSize: 5 * MiB };

    const paused = createUpload(options);
    void paused.start().catch(() => undefined);
    paused.pause();
    expect(paused.getSnapshot().status).toBe('paused');
    await settle(600);
    expect(await uploadRequests(emulator)).toBe(0);
    expect(paused.getSnapshot().status).toBe('paused');
    paused.resume();
    const video = await paused.result;
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));

    await resetRequests(emulator);
    const cancelled = createUpload(options);
    const result = cancelled.start();
    cancelled.cancel();
    await expect(result).rejects.toBeInstanceOf(AbortError);
    await settle(600);
    expect(await uploadRequests(emulator)).toBe(0);
    expect(cancelled.getSnapshot().status).toBe('cancelled');
  });

  it('an AbortSignal cancels too', async () => {
    const path = await ensureFile({ size: 20 * MiB, seed: 'signal' });
    const controller = new AbortController();
    const upload = createUpload({
      file: path,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      signal: controller.signal,
    });
    const result = upload.start();
    await until(upload, (s) => s.status === 'uploading');
    controller.abort();
    await expect(result).rejects.toBeInstanceOf(AbortError);
    expect(upload.getSnapshot().status).toBe('cancelled');
  });
});
