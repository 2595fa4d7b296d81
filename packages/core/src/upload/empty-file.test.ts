import { describe, expect, it } from 'vitest';
import { ErrorCode, OptionsError } from '../errors.js';
import { createProgressiveUpload } from './progressive.js';
import { createUploadQueue } from './queue.js';
import { createUpload } from './upload.js';
import { requestCounts, resetRequests, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator();

const emptyStream = () => new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });

/** Runs `attempt` and checks it failed with the typed empty-source error, and that nothing reached the API. */
async function expectRefusedBeforeSending(attempt: () => Promise<unknown>): Promise<void> {
  await resetRequests(emulator);
  const error = await attempt().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OptionsError);
  expect((error as OptionsError).code).toBe(ErrorCode.InvalidSource);
  expect(await requestCounts(emulator)).toEqual({});
}

describe('an empty file is refused before anything is sent', () => {
  it.each([
    ['an empty Blob', () => new Blob([])],
    ['an empty Uint8Array', () => new Uint8Array(0)],
    ['an empty stream', emptyStream],
  ])('%s, with an API key or an upload token', async (_name, file) => {
    let tokensAsked = 0;
    const getUploadToken = async () => {
      tokensAsked++;
      return 'to-never-used';
    };
    const apiBaseUrl = emulator.url;
    await expectRefusedBeforeSending(() => createUpload({ apiBaseUrl, apiKey: emulator.apiKey, file: file() }).start());
    await expectRefusedBeforeSending(() => createUpload({ apiBaseUrl, getUploadToken, file: file() }).start());
    expect(tokensAsked).toBe(0);
  });

  it('in a progressive upload whose every blob is empty', async () => {
    const upload = createProgressiveUpload({ apiBaseUrl: emulator.url, apiKey: emulator.apiKey });
    await expectRefusedBeforeSending(async () => {
      await upload.uploadPart(new Blob([]));
      return upload.uploadLastPart(new Blob([]));
    });
  });

  it('in an upload queue, where the file fails and the queue goes on', async () => {
    const queue = createUploadQueue({ apiBaseUrl: emulator.url, apiKey: emulator.apiKey });
    await resetRequests(emulator);
    const id = queue.add(new Blob([]));
    const failed = await new Promise<Error | undefined>((resolve) => {
      const check = () => {
        const item = queue.getSnapshot().items.find((entry) => entry.id === id);
        if (item?.snapshot.status === 'failed') resolve(item.snapshot.error);
      };
      queue.subscribe(check);
      check();
    });
    expect(failed).toMatchObject({ code: ErrorCode.InvalidSource });
    expect(await requestCounts(emulator)).toEqual({});
  });
});
