import { describe, expect, it } from 'vitest';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUploadQueue } from './queue.js';
import {
  createUploadToken,
  MiB,
  NO_FAULTS,
  setFaults,
  sourceSha,
  until,
  useEmulator,
} from './test-support/emulator.js';

const emulator = useEmulator();

describe('createUploadQueue', () => {
  it('uploads several files two at a time with per-file and total progress', async () => {
    await setFaults(emulator, NO_FAULTS);
    const files = await Promise.all(
      [6 * MiB, 1 * MiB, 11 * MiB].map((size, i) => ensureFile({ size, seed: `queue-${i}` })),
    );
    const queue = createUploadQueue({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
    });
    let maxRunning = 0;
    const totals: number[] = [];
    queue.subscribe(() => {
      const snapshot = queue.getSnapshot();
      totals.push(snapshot.progress);
      const running = snapshot.items.filter((i) => i.snapshot.status === 'uploading').length;
      maxRunning = Math.max(maxRunning, running);
    });
    const ids = files.map((file) => queue.add(file));
    const done = await until(queue, (s) => s.status === 'completed');
    expect(done.items.map((i) => i.id)).toEqual(ids);
    expect(done.bytesUploaded).toBe(18 * MiB);
    expect(done.progress).toBe(1);
    expect(maxRunning).toBeLessThanOrEqual(2);
    for (const [i, item] of done.items.entries()) {
      expect(await sourceSha(emulator, item.snapshot.video!.videoId)).toBe(await sha256File(files[i]!));
    }
  });

  it('pauses all, cancels one, retries it without resending accepted parts, and removes', async () => {
    await setFaults(emulator, { ...NO_FAULTS, latencyMs: 400 });
    const file = await ensureFile({ size: 21 * MiB, seed: 'queue-retry' });
    const queue = createUploadQueue({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      chunkSize: 5 * MiB,
      concurrency: 1,
    });
    const id = queue.add(file);
    await until(queue, (s) => s.partsDone >= 1);
    queue.pauseAll();
    expect(queue.getSnapshot().status).toBe('paused');
    queue.cancelAll();
    const cancelled = await until(queue, (s) => s.status === 'cancelled');
    const doneBefore = cancelled.items[0]!.snapshot.partsDone;
    queue.retry(id);
    queue.resumeAll();
    const done = await until(queue, (s) => s.status === 'completed');
    const item = done.items[0]!;
    expect(item.snapshot.partsDone).toBe(5);
    expect(doneBefore).toBeGreaterThanOrEqual(1);
    expect(await sourceSha(emulator, item.snapshot.video!.videoId)).toBe(await sha256File(file));
    queue.remove(id);
    expect(queue.getSnapshot().items).toHaveLength(0);
  });
});
