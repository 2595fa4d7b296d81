import { describe, expect, it } from 'vitest';
import { ErrorCode, OptionsError } from '../errors.js';
import { createProgressiveUpload } from './progressive.js';
import { createUpload } from './upload.js';

const file = new Blob(['x']);

describe('bad options throw typed errors that say what to do', () => {
  it('needs exactly one credential', () => {
    expect(() => createUpload({ file })).toThrow(expect.objectContaining({ code: ErrorCode.MissingCredential }));
    expect(() => createUpload({ file })).toThrow(/uploadToken/);
    expect(() => createUpload({ file, uploadToken: 'to1', apiKey: 'k' })).toThrow(OptionsError);
  });

  it('rejects part sizes out of 5–128 MiB and bad concurrency', () => {
    expect(() => createUpload({ file, uploadToken: 'to1', chunkSize: 1024 })).toThrow(/5 MiB/);
    expect(() => createUpload({ file, uploadToken: 'to1', chunkSize: 200 * 1024 * 1024 })).toThrow(OptionsError);
    expect(() => createUpload({ file, uploadToken: 'to1', concurrency: 0 })).toThrow(OptionsError);
    expect(() => createProgressiveUpload({ uploadToken: 'to1', partSize: 1024 })).toThrow(OptionsError);
  });

  it('rejects a source that is not a file', () => {
    // @ts-expect-error: a number is no file
    expect(() => createUpload({ file: 42, uploadToken: 'to1' })).toThrow(
      expect.objectContaining({ code: ErrorCode.InvalidSource }),
    );
    // @ts-expect-error: missing file
    expect(() => createUpload({ uploadToken: 'to1' })).toThrow(OptionsError);
  });

  it('rejects a bad baseUrl and bad AV-Origin values', () => {
    expect(() => createUpload({ file, uploadToken: 'to1', apiBaseUrl: 'ftp://x' })).toThrow(OptionsError);
    expect(() => createUpload({ file, uploadToken: 'to1', origin: { app: { name: 'my app', version: '1' } } })).toThrow(
      OptionsError,
    );
  });

  it('reports an empty file when started', async () => {
    const upload = createUpload({ file: new Blob([]), uploadToken: 'to1', apiBaseUrl: 'http://127.0.0.1:9' });
    await expect(upload.start()).rejects.toMatchObject({ code: ErrorCode.InvalidSource });
    expect(upload.getSnapshot().status).toBe('failed');
  });
});
