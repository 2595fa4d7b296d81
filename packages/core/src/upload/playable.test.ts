import { describe, expect, it } from 'vitest';
import { ensureClip, ensureFile } from '@vidkit/tooling/media';
import { AbortError, ErrorCode } from '../errors.js';
import { waitUntilPlayable } from './playable.js';
import { createUpload } from './upload.js';
import { createUploadToken, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator({ encoding: { enabled: true } });

describe('waitUntilPlayable', () => {
  it('resolves once the uploaded video has an HLS manifest', async () => {
    const clip = await ensureClip({ duration: 2, width: 320, height: 180 });
    const video = await createUpload({
      file: clip,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
    }).start();
    expect(video.assets?.hls).toMatch(/manifest\.m3u8$/);
    await expect(waitUntilPlayable(video, { timeout: 60_000, baseDelay: 200 })).resolves.toBe(video);
    const manifest = await (await fetch(video.assets!.hls!)).text();
    expect(manifest).toContain('#EXTM3U');
  }, 90_000);

  it('gives up after the timeout with a typed error, and stops when aborted', async () => {
    // Random bytes never encode, so the manifest never becomes ready.
    const file = await ensureFile({ size: 1000, seed: 'not-a-video' });
    const video = await createUpload({
      file,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
    }).start();
    await expect(waitUntilPlayable(video, { timeout: 600, baseDelay: 100 })).rejects.toMatchObject({
      code: ErrorCode.NotPlayableInTime,
    });
    const controller = new AbortController();
    const waiting = waitUntilPlayable(video, { signal: controller.signal, baseDelay: 100 });
    setTimeout(() => controller.abort(), 250);
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
  });
});
