import { effectScope, nextTick, ref, shallowRef, version } from 'vue';
import { afterEach, expect, inject, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import {
  blankVideoFile,
  countOf,
  createLiveStream,
  createUploadToken,
  emulatorUrl,
  noFaults,
  setFaults,
  sha256,
  uploadRequests,
} from '@vidkit/tooling/vitest/emulator';
import { useLiveStatus, usePlayer, useUpload, useUploadQueue, type UseUploadQueueOptions } from '../index.js';

/** Waits for `check` to pass, polling (never a fixed sleep), as long as the contract's own waits. */
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

const LIVE = /^GET \/live\//;
/** A deliberate window of time, only where a test asserts that nothing happens during it. */
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => setFaults(noFaults));

it('runs on the Vue minor of this project (the lowest and the newest of the peer range are tested)', () => {
  expect(version.startsWith(`${inject('vueMinor')}.`)).toBe(true);
});

it('options as a ref reach the running queue through setOptions (one queue): a token that arrives later is used', async () => {
  const scope = effectScope();
  const options = ref<UseUploadQueueOptions>({ apiBaseUrl: emulatorUrl(), fileConcurrency: 1 });
  const { queue, state, add } = scope.run(() => useUploadQueue(options))!;
  const setOptions = vi.spyOn(queue, 'setOptions');
  const uploadToken = await createUploadToken();
  options.value = { ...options.value, uploadToken, fileConcurrency: 2 };
  await nextTick();
  expect(setOptions).toHaveBeenCalledTimes(1);
  expect(setOptions).toHaveBeenLastCalledWith(expect.objectContaining({ uploadToken, fileConcurrency: 2 }));
  add([blankVideoFile(1000, 'a.mp4'), blankVideoFile(1000, 'b.mp4')]);
  await eventually(() => expect(state.value.items.map((i) => i.snapshot.status)).toEqual(['completed', 'completed']));
  scope.stop();
});

it('a getter as options swaps the running player in place, and scope.stop() leaves nothing polling at the emulator', async () => {
  const [a, b] = await Promise.all([createLiveStream('vue getter a'), createLiveStream('vue getter b')]);
  const element = document.body.appendChild(document.createElement('video'));
  const liveStreamId = shallowRef(a.liveStreamId);
  const scope = effectScope();
  const { player, state, live } = scope.run(() => {
    const options = () => ({ liveStreamId: liveStreamId.value, deliveryBaseUrl: emulatorUrl(), muted: true });
    return {
      ...usePlayer(element, options),
      live: useLiveStatus(liveStreamId, { deliveryBaseUrl: emulatorUrl(), interval: 250 }),
    };
  })!;
  const first = player.value;
  expect(first).not.toBeNull();
  await eventually(() => expect([state.value?.status, live.value.status]).toEqual(['offline', 'offline']));
  const manifest = (id: string) => `${emulatorUrl()}/live/${id}.m3u8`;
  const requested = (id: string) =>
    performance.getEntriesByType('resource').filter((e) => e.name.startsWith(manifest(id))).length;

  liveStreamId.value = b.liveStreamId;
  await eventually(() => expect(requested(b.liveStreamId)).toBeGreaterThan(0));
  expect(player.value, 'the same player took the new source').toBe(first);
  await eventually(() => expect([state.value?.status, live.value.status]).toEqual(['offline', 'offline']));

  scope.stop();
  const after = await countOf(LIVE);
  await quietFor(1000);
  expect(await countOf(LIVE)).toBe(after);
  element.remove();
});

it('scope.stop() in the middle of an upload cancels it: no upload request reaches the emulator afterwards', async () => {
  // 250 kB/s at the server: a 600 kB file is still sending when the scope stops.
  await setFaults({ ...noFaults, bandwidthBps: 250_000 });
  const scope = effectScope();
  const { state, add, queue } = scope.run(() =>
    useUploadQueue({ apiBaseUrl: emulatorUrl(), getUploadToken: createUploadToken }),
  )!;
  add(blankVideoFile(600_000, 'stopped.mp4'));
  await eventually(() => expect(state.value.items[0]?.snapshot.progress).toBeGreaterThan(0));
  scope.stop();
  await eventually(() => expect(queue.getSnapshot().items[0]?.snapshot.status).toBe('cancelled'));
  const after = await uploadRequests();
  await quietFor(1000);
  expect(await uploadRequests()).toBe(after);
});

it('useUpload: a file given later through a ref uploads with autoStart, intact; a new option keeps the same upload', async () => {
  const scope = effectScope();
  const file = shallowRef<File | null>(null);
  const videoName = ref('first name');
  const { state } = scope.run(() =>
    useUpload(() => ({
      file: file.value,
      videoName: videoName.value,
      apiBaseUrl: emulatorUrl(),
      getUploadToken: createUploadToken,
      autoStart: true,
    })),
  )!;
  expect(state.value).toMatchObject({ status: 'idle', upload: null });
  const clip = blankVideoFile(300_000, 'one-file.mp4');
  file.value = clip;
  await nextTick();
  const upload = state.value.upload;
  expect(upload).not.toBeNull();
  videoName.value = 'second name';
  await nextTick();
  expect(state.value.upload, 'the same upload after an option change').toBe(upload);
  await eventually(() => expect(state.value.status).toBe('completed'));
  expect(await commands.vidkitSourceSha(state.value.video!.videoId)).toBe(await sha256(clip));
  scope.stop();
});
