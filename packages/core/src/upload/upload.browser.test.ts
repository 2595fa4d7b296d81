import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { ErrorCode } from '../errors.js';
import { onlineManager } from '../managers/online-manager.js';
import { createUpload } from './upload.js';

const url = inject('emulatorUrl');
const apiKey = inject('apiKey');
const MiB = 1024 * 1024;

async function uploadToken(): Promise<string> {
  const response = await fetch(`${url}/upload-tokens`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${apiKey}:`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ttl: 0 }),
  });
  return ((await response.json()) as { token: string }).token;
}

function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65_536)));
  return bytes;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('createUpload in Chromium', () => {
  it('uploads a File in parts with an upload token; the assembled source has the same sha256', async () => {
    const bytes = randomBytes(11 * MiB + 3);
    const file = new File([bytes], 'clip.mp4', { type: 'video/mp4' });
    const upload = createUpload({
      file,
      uploadToken: await uploadToken(),
      baseUrl: url,
      chunkSize: 5 * MiB,
      resume: true,
    });
    const video = await upload.start();
    expect(upload.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 3, progress: 1 });
    expect(video.title).toBe('clip');
    expect(await commands.vidkitSourceSha(video.videoId)).toBe(await sha256(bytes));
    expect(Object.keys(localStorage).filter((key) => key.startsWith('vidkit:upload:'))).toEqual([]);
  });

  it('pauses while offline and resumes when back online', async () => {
    const bytes = randomBytes(16 * MiB);
    const upload = createUpload({
      file: new Blob([bytes]),
      uploadToken: await uploadToken(),
      baseUrl: url,
      chunkSize: 5 * MiB,
      concurrency: 1,
    });
    const offline = new Promise<void>((resolve) => {
      const off = upload.subscribe(() => {
        if (upload.getSnapshot().partsDone >= 1) {
          off();
          onlineManager.setOverride(false);
          resolve();
        }
      });
    });
    const result = upload.start();
    try {
      await offline;
      expect(upload.getSnapshot().status).toBe('paused');
      const parts = upload.getSnapshot().partsDone;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(upload.getSnapshot().partsDone).toBe(parts);
    } finally {
      onlineManager.setOverride(undefined);
    }
    const video = await result;
    expect(upload.getSnapshot().partsDone).toBe(4);
    expect(await commands.vidkitSourceSha(video.videoId)).toBe(await sha256(bytes));
  });

  it('refuses an API key in a browser with a typed error that says what to do', () => {
    expect(() => createUpload({ file: new Blob(['x']), apiKey, baseUrl: url })).toThrow(
      expect.objectContaining({ code: ErrorCode.ApiKeyInBrowser }),
    );
  });
});
