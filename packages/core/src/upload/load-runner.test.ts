import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../errors.js';
import { createUploadToken, MiB, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator();
afterEach(() => {
  vi.doUnmock('./run-upload.js');
  vi.resetModules();
});

describe('the sending code, loaded with the first upload', () => {
  it('a chunk that cannot be fetched fails start() with a NetworkError; the next upload loads it again', async () => {
    // Stands in for a browser that went offline before the chunk arrived.
    vi.doMock('./run-upload.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { createUpload } = await import('./upload.js');
    const options = {
      file: new Uint8Array(MiB).fill(7),
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
    };
    const offline = createUpload(options);
    const error = await offline.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/could not be loaded; check the connection/);
    expect(offline.getSnapshot()).toMatchObject({ status: 'failed', error });

    vi.doUnmock('./run-upload.js');
    const online = createUpload(options);
    const video = await online.start();
    expect(online.getSnapshot()).toMatchObject({ status: 'completed', bytesUploaded: MiB });
    expect(video.videoId).toMatch(/^vi/);
  });
});
