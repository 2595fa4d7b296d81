import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { ErrorCode } from '../errors.js';
import { onlineManager } from '../managers/online-manager.js';
import { createUpload } from './upload.js';

const url = inject('emulatorUrl');
const apiKey = inject('emulatorApiKey');
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
      apiBaseUrl: url,
      chunkSize: 5 * MiB,
      resume: true,
    });
    const video = await upload.start();
    expect(upload.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 3, progress: 1 });
    expect(video.title).toBe('clip');
    expect(await commands.vidkitSourceSha(video.videoId)).toBe(await sha256(bytes));
    expect(Object.keys(localStorage).filter((key) => key.startsWith('vidkit:upload:'))).toEqual([]);
  });

  it('reports progress while a part is on its way (XMLHttpRequest upload progress)', async () => {
    const bytes = randomBytes(12 * MiB);
    const faults = (body: object) =>
      fetch(`${url}/_emulator/faults`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    // The emulator reads at 3 MB/s: the one 12 MiB part takes about four seconds to go out.
    await faults({ bandwidthBps: 3_000_000, dropRate: 0, errorRate: 0, rateLimitRate: 0, latencyMs: 0 });
    try {
      const upload = createUpload({
        file: new File([bytes], 'progress.mp4'),
        uploadToken: await uploadToken(),
        apiBaseUrl: url,
        chunkSize: 16 * MiB,
      });
      const before: number[] = [];
      upload.subscribe(() => {
        const { partsDone, progress, bytesUploaded } = upload.getSnapshot();
        if (partsDone === 0 && progress > 0) before.push(bytesUploaded === 0 ? progress : -1);
      });
      const video = await upload.start();
      expect(await commands.vidkitSourceSha(video.videoId)).toBe(await sha256(bytes));
      expect(new Set(before).size).toBeGreaterThanOrEqual(2);
      expect(before).toEqual([...before].sort((a, b) => a - b));
      expect(Math.min(...before)).toBeGreaterThan(0);
      expect(Math.max(...before)).toBeLessThan(1);
    } finally {
      await faults({ bandwidthBps: 0 });
    }
  });

  it('pauses while offline and resumes when back online', async () => {
    const bytes = randomBytes(16 * MiB);
    const upload = createUpload({
      file: new Blob([bytes]),
      uploadToken: await uploadToken(),
      apiBaseUrl: url,
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
    expect(() => createUpload({ file: new Blob(['x']), apiKey, apiBaseUrl: url })).toThrow(
      expect.objectContaining({ code: ErrorCode.ApiKeyInBrowser }),
    );
  });
});
