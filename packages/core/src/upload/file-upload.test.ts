import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { OptionsError } from '../errors.js';
import { createFileUpload } from './file-upload.js';
import {
  createUploadToken,
  MiB,
  NO_FAULTS,
  setFaults,
  sourceSha,
  until,
  uploadRequests,
  useEmulator,
} from './test-support/emulator.js';

const emulator = useEmulator();

describe('createFileUpload', () => {
  it('is idle without a file, and start() says a file is missing', async () => {
    const upload = createFileUpload({ uploadToken: 'to1', apiBaseUrl: emulator.url });
    expect(upload.getSnapshot()).toMatchObject({ status: 'idle', progress: 0, file: null, upload: null });
    const error = await upload.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OptionsError);
    expect(error).toMatchObject({ code: 'no_file' });
  });

  it('uploads the file it is given with autoStart; other options do not make a new upload', async () => {
    await setFaults(emulator, NO_FAULTS);
    const file = await ensureFile({ size: 6 * MiB, seed: 'file-upload-auto' });
    const upload = createFileUpload({ apiBaseUrl: emulator.url, chunkSize: 5 * MiB, autoStart: true });
    upload.setOptions({ uploadToken: await createUploadToken(emulator), file });
    const first = upload.getSnapshot().upload;
    expect(first).not.toBeNull();
    upload.setOptions({ videoName: 'renamed', file });
    expect(upload.getSnapshot().upload).toBe(first);
    const done = await until(upload, (s) => s.status === 'completed');
    expect(done.file).toBe(file);
    expect(await sourceSha(emulator, done.video!.videoId)).toBe(await sha256File(file));
  });

  it('reads the credential when the upload needs it: a token given after the file is the one used', async () => {
    await setFaults(emulator, NO_FAULTS);
    const file = await ensureFile({ size: 1 * MiB, seed: 'file-upload-late-token' });
    const upload = createFileUpload({ apiBaseUrl: emulator.url, file });
    upload.setOptions({ uploadToken: await createUploadToken(emulator) });
    const video = await upload.start();
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(file));
  });

  it('a new file cancels the unfinished upload of the previous one and uploads the new one', async () => {
    await setFaults(emulator, { ...NO_FAULTS, latencyMs: 300 });
    const [one, two] = await Promise.all(
      ['a', 'b'].map((seed) => ensureFile({ size: 11 * MiB, seed: `file-upload-swap-${seed}` })),
    );
    const upload = createFileUpload({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 1,
      autoStart: true,
      file: one,
    });
    const previous = upload.getSnapshot().upload!;
    await until(previous, (s) => s.status === 'uploading');
    upload.setOptions({ file: two });
    await until(previous, (s) => s.status === 'cancelled');
    await setFaults(emulator, NO_FAULTS);
    const done = await until(upload, (s) => s.status === 'completed');
    expect(done.file).toBe(two);
    expect(await sourceSha(emulator, done.video!.videoId)).toBe(await sha256File(two!));
  });

  it('destroy() cancels the running upload: no request follows, and later options are ignored', async () => {
    await setFaults(emulator, { ...NO_FAULTS, latencyMs: 300 });
    const file = await ensureFile({ size: 16 * MiB, seed: 'file-upload-destroy' });
    const upload = createFileUpload({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 1,
      autoStart: true,
      file,
    });
    const running = upload.getSnapshot().upload!;
    await until(running, (s) => s.status === 'uploading');
    upload.destroy();
    await until(running, (s) => s.status === 'cancelled');
    const before = await uploadRequests(emulator);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await uploadRequests(emulator)).toBe(before);
    upload.setOptions({ file: await ensureFile({ size: 1 * MiB, seed: 'file-upload-after-destroy' }) });
    expect(upload.getSnapshot()).toMatchObject({ status: 'idle', upload: null });
    await setFaults(emulator, NO_FAULTS);
  });
});
