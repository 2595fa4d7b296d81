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

describe('createUploadQueue events and options', () => {
  it('fires start, progress and success once per file, to the options and to on() listeners', async () => {
    await setFaults(emulator, NO_FAULTS);
    const files = await Promise.all([1, 2].map((i) => ensureFile({ size: i * MiB, seed: `queue-events-${i}` })));
    const calls: string[] = [];
    const queue = createUploadQueue({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      onUploadStart: (item) => calls.push(`start ${item.id}`),
      onSuccess: (video, item) => calls.push(`success ${item.id} ${item.snapshot.status} ${video.videoId}`),
    });
    const events: string[] = [];
    const off = queue.on((event) => events.push(`${event.type} ${event.item.id}`));
    const ids = files.map((file) => queue.add(file));
    const done = await until(queue, (s) => s.status === 'completed');
    off();
    for (const [i, id] of ids.entries()) {
      const videoId = done.items[i]!.snapshot.video!.videoId;
      expect(calls.filter((c) => c.includes(id))).toEqual([`start ${id}`, `success ${id} completed ${videoId}`]);
      expect(events.filter((e) => e === `start ${id}` || e === `success ${id}`)).toEqual([
        `start ${id}`,
        `success ${id}`,
      ]);
      expect(events.filter((e) => e === `progress ${id}`).length).toBeGreaterThanOrEqual(1);
      expect(done.items[i]!.file).toBe(files[i]);
    }
  });

  it('with autoStart false, waits for start(); a token given later through setOptions is the one used', async () => {
    await setFaults(emulator, NO_FAULTS);
    const file = await ensureFile({ size: 1 * MiB, seed: 'queue-late-token' });
    const errors: Error[] = [];
    const queue = createUploadQueue({ apiBaseUrl: emulator.url, autoStart: false, onError: (e) => errors.push(e) });
    const id = queue.add(file);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(queue.getSnapshot().items[0]!.snapshot.status).toBe('idle');

    queue.start(id);
    const failed = await until(queue, (s) => s.status === 'failed');
    expect(failed.error).toMatchObject({ code: 'missing_credential' });
    expect(errors).toHaveLength(1);

    queue.setOptions({ uploadToken: await createUploadToken(emulator) });
    queue.retry(id);
    const done = await until(queue, (s) => s.status === 'completed');
    expect(await sourceSha(emulator, done.items[0]!.snapshot.video!.videoId)).toBe(await sha256File(file));
  });

  it('starts waiting files when setOptions raises fileConcurrency, and refuses a bad one', async () => {
    await setFaults(emulator, NO_FAULTS);
    const files = await Promise.all([1, 2, 3].map((i) => ensureFile({ size: MiB, seed: `queue-conc-${i}` })));
    const queue = createUploadQueue({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      fileConcurrency: 1,
    });
    const [first, ...rest] = files.map((file) => queue.add(file));
    // A paused file keeps its slot: the others wait however long it takes.
    queue.pause(first!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const statuses = () => queue.getSnapshot().items.map((i) => i.snapshot.status);
    expect(statuses().slice(1)).toEqual(['idle', 'idle']);
    expect(() => queue.setOptions({ fileConcurrency: 0 })).toThrow(/fileConcurrency/);
    queue.setOptions({ fileConcurrency: 3 });
    await until(queue, (s) => rest.every((id) => s.items.find((i) => i.id === id)!.snapshot.status === 'completed'));
    expect(statuses()[0]).toBe('paused');
    queue.resume(first!);
    await until(queue, (s) => s.status === 'completed');
  });
});
