import { flushSync, mount, unmount } from 'svelte';
import { afterEach, expect, inject, it, vi } from 'vitest';
import {
  blankVideoFile,
  clipFile,
  countOf,
  createLiveStream,
  createUploadToken,
  emulatorUrl,
  noFaults,
  setFaults,
  uploadRequests,
} from '@vidkit/tooling/vitest/emulator';
import type { UploadedVideo, VideoStatusFetcher } from './index.js';
import OneFile from './test-support/OneFile.svelte';
import CustomRow from './test-support/CustomRow.svelte';
import Reactive from './test-support/Reactive.svelte';

// What is Svelte's own (the contract covers the shared behaviour): getters as options, snippets, destroy.
const LIVE = /^GET \/live\//;
/** A deliberate window of time, only where a test asserts that nothing happens during it. */
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const mounted: (() => void)[] = [];
afterEach(async () => {
  for (const destroy of mounted.splice(0)) destroy();
  await setFaults(noFaults);
});

function mountReactive(liveStreamId: string | null) {
  const target = document.body.appendChild(document.createElement('div'));
  const options = $state({
    apiBaseUrl: emulatorUrl(),
    deliveryBaseUrl: emulatorUrl(),
    uploadToken: undefined as string | undefined,
    fileConcurrency: 1,
    liveStreamId,
  });
  const component = mount(Reactive, { target, props: { options } });
  flushSync();
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    unmount(component);
    target.remove();
  };
  mounted.push(destroy);
  return { target, options, api: component.api, destroy };
}

it('a $state read by the options getter reaches the running controllers through setOptions (each created once)', async () => {
  const [a, b] = await Promise.all([createLiveStream('svelte getter a'), createLiveStream('svelte getter b')]);
  const { target, options, api, destroy } = mountReactive(a.liveStreamId);
  const queue = api.queue.queue;
  const setOptions = vi.spyOn(queue, 'setOptions');
  await vi.waitFor(() => expect(api.live.current.status).toBe('offline'));

  // A token that arrives later, and a larger concurrency: the same queue takes both.
  options.uploadToken = await createUploadToken();
  options.fileConcurrency = 2;
  flushSync();
  expect(setOptions).toHaveBeenCalledTimes(1);
  expect(setOptions).toHaveBeenLastCalledWith(
    expect.objectContaining({ uploadToken: options.uploadToken, fileConcurrency: 2 }),
  );
  api.queue.add([blankVideoFile(1000, 'a.mp4'), blankVideoFile(1000, 'b.mp4')]);
  await vi.waitFor(() =>
    expect([...target.querySelectorAll<HTMLElement>('[data-upload]')].map((e) => e.dataset.upload)).toEqual([
      'completed',
      'completed',
    ]),
  );
  expect(api.queue.queue).toBe(queue);

  // A new stream id: the watcher polls the new stream.
  const requested = (id: string) =>
    performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${emulatorUrl()}/live/${id}`)).length;
  expect(requested(b.liveStreamId)).toBe(0);
  options.liveStreamId = b.liveStreamId;
  flushSync();
  await vi.waitFor(() => expect(requested(b.liveStreamId)).toBeGreaterThan(0));
  expect(api.live.current.status).toBe('offline');
  destroy();
});

it('after the component is destroyed, nothing polls and its unfinished upload stops (counted at the emulator)', async () => {
  const { liveStreamId } = await createLiveStream('svelte destroy');
  // 250 kB/s at the server: a 600 kB file is still sending when the component goes.
  await setFaults({ ...noFaults, bandwidthBps: 250_000 });
  const { api, options, destroy } = mountReactive(liveStreamId);
  options.uploadToken = await createUploadToken();
  flushSync();
  api.queue.add(blankVideoFile(600_000, 'destroyed.mp4'));
  await vi.waitFor(() => expect(api.queue.items[0]?.snapshot.progress).toBeGreaterThan(0));
  await vi.waitFor(() => expect(api.live.current.status).toBe('offline'));
  destroy();
  // A request already on its way may still land.
  await quietFor(300);
  const [live, uploads] = [await countOf(LIVE), await uploadRequests()];
  await quietFor(1000);
  expect(await countOf(LIVE)).toBe(live);
  expect(await uploadRequests()).toBe(uploads);
});

it('the row snippet renders a custom row that pauses and resumes; onsuccess gets the video and the file', async () => {
  await setFaults({ ...noFaults, bandwidthBps: 250_000 });
  const target = document.body.appendChild(document.createElement('div'));
  const done: [UploadedVideo, File][] = [];
  const component = mount(CustomRow, {
    target,
    props: {
      apiBaseUrl: emulatorUrl(),
      getUploadToken: createUploadToken,
      onsuccess: (video, file) => done.push([video, file]),
    },
  });
  flushSync();
  expect(target.querySelector('.vidkit-uploader__dropzone p')!.textContent).toBe('Drop a clip here');
  const input = target.querySelector<HTMLInputElement>('input[type=file]')!;
  const data = new DataTransfer();
  data.items.add(blankVideoFile(600_000, 'custom.mp4'));
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const row = () => target.querySelector<HTMLElement>('.custom-row')!;
  await vi.waitFor(() => expect(row().dataset.status).toBe('uploading'));
  expect(row().textContent).toMatch(/^custom\.mp4: \d+%/);
  [...row().querySelectorAll('button')].find((b) => b.textContent === 'Hold')!.click();
  await vi.waitFor(() => expect(row().dataset.status).toBe('paused'));
  await setFaults(noFaults);
  [...row().querySelectorAll('button')].find((b) => b.textContent === 'Go on')!.click();
  await vi.waitFor(() => expect(row().dataset.status).toBe('completed'), 15_000);
  expect(row().textContent).toMatch(/100%/);
  expect(done.map(([video, file]) => [video.videoId.startsWith('vi'), file.name])).toEqual([[true, 'custom.mp4']]);
  await unmount(component);
  target.remove();
});

it('fileUpload makes one upload per file from the getter; videoStatus follows the uploaded video until playable', async () => {
  const target = document.body.appendChild(document.createElement('div'));
  const options = $state({
    apiBaseUrl: emulatorUrl(),
    uploadToken: await createUploadToken(),
    file: null as File | null,
  });
  const apiKey = inject('emulatorApiKey');
  const fetcher: VideoStatusFetcher = async (id, { signal }) =>
    (
      await fetch(`${emulatorUrl()}/videos/${id}/status`, {
        signal,
        headers: { Authorization: `Basic ${btoa(`${apiKey}:`)}` },
      })
    ).json();
  const component = mount(OneFile, { target, props: { options, fetcher } });
  mounted.push(() => (unmount(component), target.remove()));
  flushSync();
  expect(component.api.upload.current.status).toBe('idle');
  expect(component.api.upload.upload).toBeNull();
  const p = () => target.querySelector<HTMLElement>('p')!;

  options.file = clipFile('first.mp4');
  flushSync();
  const first = component.api.upload.upload;
  await vi.waitFor(() => expect(p().dataset.upload).toBe('completed'), 20_000);
  await vi.waitFor(() => expect(p().dataset.playable).toBe('true'), 30_000);
  const firstVideo = component.api.upload.current.video!.videoId;

  options.file = clipFile('second.mp4');
  flushSync();
  expect(component.api.upload.upload).not.toBe(first);
  await vi.waitFor(() => expect(component.api.upload.current.video?.videoId).toMatch(/^vi/), 20_000);
  expect(component.api.upload.current.video!.videoId).not.toBe(firstVideo);
});
