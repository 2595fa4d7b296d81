import { flushSync, mount, unmount } from 'svelte';
import { afterEach, expect, it, vi } from 'vitest';
import {
  blankVideoFile,
  countOf,
  createLiveStream,
  createUploadToken,
  emulatorUrl,
  noFaults,
  setFaults,
  uploadRequests,
} from '@vidkit/tooling/vitest/emulator';
import CustomRow from './test-support/CustomRow.svelte';
import Reactive from './test-support/Reactive.svelte';
// What is Svelte's own (the contract covers the shared behaviour): getters as options, snippets, destroy.
const LIVE = /^GET \/live\//;
/** A deliberate window of time, only where a test asserts that nothing happens during it. */
const quietFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mounted = [];
afterEach(async () => {
  for (const destroy of mounted.splice(0)) destroy();
  await setFaults(noFaults);
});
function mountReactive(liveStreamId) {
  const target = document.body.appendChild(document.createElement('div'));
  const options = $state({
    apiBaseUrl: emulatorUrl(),
    deliveryBaseUrl: emulatorUrl(),
    uploadToken: undefined,
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
    expect([...target.querySelectorAll('[data-upload]')].map((e) => e.dataset.upload)).toEqual([
      'completed',
      'completed',
    ]),
  );
  expect(api.queue.queue).toBe(queue);
  // A new stream id: the watcher polls the new stream.
  const requested = (id) =>
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
  const done = [];
  const component = mount(CustomRow, {
    target,
    props: {
      apiBaseUrl: emulatorUrl(),
      getUploadToken: createUploadToken,
      onsuccess: (video, file) => done.push([video, file]),
    },
  });
  flushSync();
  expect(target.querySelector('.vidkit-uploader__dropzone p').textContent).toBe('Drop a clip here');
  const input = target.querySelector('input[type=file]');
  const data = new DataTransfer();
  data.items.add(blankVideoFile(600_000, 'custom.mp4'));
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const row = () => target.querySelector('.custom-row');
  await vi.waitFor(() => expect(row().dataset.status).toBe('uploading'));
  expect(row().textContent).toMatch(/^custom\.mp4: \d+%/);
  [...row().querySelectorAll('button')].find((b) => b.textContent === 'Hold').click();
  await vi.waitFor(() => expect(row().dataset.status).toBe('paused'));
  await setFaults(noFaults);
  [...row().querySelectorAll('button')].find((b) => b.textContent === 'Go on').click();
  await vi.waitFor(() => expect(row().dataset.status).toBe('completed'), 15_000);
  expect(row().textContent).toMatch(/100%/);
  expect(done.map(([video, file]) => [video.videoId.startsWith('vi'), file.name])).toEqual([[true, 'custom.mp4']]);
  await unmount(component);
  target.remove();
});
