import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import { createUploadToken, MiB, setFaults, sourceSha, useEmulator } from './test-support/emulator.js';

const emulator = useEmulator();

// A plain HTTP hop in front of the emulator that notes the framing of every part request, as a load balancer
// on the way to api.video would see it.
const parts: IncomingHttpHeaders[] = [];
let hop: Server;
let hopUrl = '';
beforeAll(async () => {
  hop = createServer((incoming, outgoing) => {
    if (incoming.url?.startsWith('/upload')) parts.push(incoming.headers);
    const forward = request(
      emulator.url + incoming.url,
      { method: incoming.method, headers: incoming.headers },
      (r) => {
        outgoing.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => hop.listen(0, '127.0.0.1', resolve));
  hopUrl = `http://127.0.0.1:${(hop.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => hop.close(() => resolve())));

describe('file paths in Node', () => {
  it('sends each part with its Content-Length, read from disk through reused buffers', async () => {
    const size = 12 * MiB + 5;
    const path = await ensureFile({ size, seed: 'node-file-length' });
    parts.length = 0;
    const upload = createUpload({
      file: path,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: hopUrl,
      chunkSize: 5 * MiB,
    });
    const video = await upload.start();
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
    // Parts go in parallel; each body is the part plus its multipart head and tail (a few hundred bytes), framed by
    // its length, not chunked.
    const sizes: Record<string, number> = { 'part 1/3': 5 * MiB, 'part 2/3': 5 * MiB, 'part 3/3': 2 * MiB + 5 };
    expect(parts.map((headers) => headers['content-range']).sort()).toEqual(Object.keys(sizes));
    for (const headers of parts) {
      expect(headers['transfer-encoding']).toBeUndefined();
      const overhead = Number(headers['content-length']) - sizes[headers['content-range']!]!;
      expect(overhead).toBeGreaterThan(100);
      expect(overhead).toBeLessThan(1000);
    }
  });

  it("streams the parts through an app's own fetch when one is given", async () => {
    const path = await ensureFile({ size: 6 * MiB + 1, seed: 'node-file-own-fetch' });
    parts.length = 0;
    let calls = 0;
    const upload = createUpload({
      file: path,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: hopUrl,
      chunkSize: 5 * MiB,
      fetch: (input, init) => (calls++, fetch(input, init)),
    });
    const video = await upload.start();
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
    expect(calls).toBe(2);
    expect(parts.map((headers) => headers['transfer-encoding'])).toEqual(['chunked', 'chunked']);
  });

  it('reports progress while a part is on its way, not only when the API has it', async () => {
    const size = 12 * MiB;
    const path = await ensureFile({ size, seed: 'node-file-progress' });
    // The emulator reads at 3 MB/s: one 12 MiB part takes about four seconds to go out.
    await setFaults(emulator, { bandwidthBps: 3_000_000, dropRate: 0, errorRate: 0, rateLimitRate: 0, latencyMs: 0 });
    try {
      const upload = createUpload({
        file: path,
        uploadToken: await createUploadToken(emulator),
        apiBaseUrl: emulator.url,
        chunkSize: 16 * MiB,
      });
      const before: { progress: number; speed: number; bytesUploaded: number }[] = [];
      upload.subscribe(() => {
        const { partsDone, progress, speed, bytesUploaded } = upload.getSnapshot();
        if (partsDone === 0 && progress > 0) before.push({ progress, speed, bytesUploaded });
      });
      const video = await upload.start();
      expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
      const progress = before.map((s) => s.progress);
      expect(new Set(progress).size).toBeGreaterThanOrEqual(2);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(Math.max(...progress)).toBeLessThan(1);
      // Speed needs two samples 500 ms apart; on a loaded machine the socket may report the part in two bursts only.
      expect(Math.max(...before.map((s) => s.speed), upload.getSnapshot().speed)).toBeGreaterThan(0);
      // Sent is not accepted: bytesUploaded counts what the API has.
      expect(before.every((s) => s.bytesUploaded === 0)).toBe(true);
    } finally {
      await setFaults(emulator, { bandwidthBps: 0 });
    }
  });
});
