import { createApp, h, nextTick, shallowRef, type Component } from 'vue';
import { afterEach, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  blankVideoFile,
  createLiveStream,
  createUploadToken,
  emulatorUrl,
  noFaults,
  setFaults,
} from '@vidkit/tooling/vitest/emulator';
import {
  VideoPlayer,
  VideoUploader,
  VidkitPlugin,
  type RejectedFile,
  type UploadedVideo,
  type UploaderRowSlotProps,
} from '../index.js';
import type { VideoPlayerHandle } from './VideoPlayer.js';

/** Waits for `check` to pass, polling (never a fixed sleep), as long as the contract's own waits. */
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

const unmounts: (() => void)[] = [];
afterEach(async () => {
  for (const unmount of unmounts.splice(0)) unmount();
  await setFaults(noFaults);
});

/** Mounts `render` in an app with the plugin pointing at the emulator. */
async function mount(render: () => ReturnType<typeof h>) {
  const container = document.body.appendChild(document.createElement('div'));
  const app = createApp({ render } as Component).use(VidkitPlugin, {
    apiBaseUrl: emulatorUrl(),
    deliveryBaseUrl: emulatorUrl(),
    getUploadToken: () => createUploadToken(),
  });
  app.mount(container);
  unmounts.push(() => (app.unmount(), container.remove()));
  await nextTick();
  return container;
}

it('the row slot renders a custom row that pauses and resumes; emits carry the video, the file and the refusals', async () => {
  // 250 kB/s at the server: a 600 kB file takes over 2 s, time enough to pause it.
  await setFaults({ ...noFaults, bandwidthBps: 250_000 });
  const success = vi.fn<(video: UploadedVideo, file: File) => void>();
  const reject = vi.fn<(rejected: RejectedFile[]) => void>();
  const container = await mount(() =>
    h(
      VideoUploader,
      { onSuccess: success, onReject: reject },
      {
        row: ({ item, view, pause, resume }: UploaderRowSlotProps) =>
          h('li', { class: 'my-row', 'data-status': item.snapshot.status }, [
            `${item.name} ${view.percent}%`,
            h('button', { onClick: pause }, 'Hold'),
            h('button', { onClick: resume }, 'Go on'),
          ]),
      },
    ),
  );
  const input = container.querySelector('input[type=file]') as HTMLInputElement;
  await userEvent.upload(input, [new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
  expect(reject.mock.calls[0]![0].map((r) => [r.file.name, r.reason])).toEqual([['notes.txt', 'type']]);

  await userEvent.upload(input, [blankVideoFile(600_000, 'slow.mp4')]);
  const row = () => container.querySelector<HTMLElement>('.my-row')!;
  await eventually(() => expect(row().dataset.status).toBe('uploading'));
  await page.getByRole('button', { name: 'Hold' }).click();
  await eventually(() => expect(row().dataset.status).toBe('paused'));
  await setFaults(noFaults);
  await page.getByRole('button', { name: 'Go on' }).click();
  await eventually(() => expect(row().dataset.status).toBe('completed'));
  expect(row().textContent).toContain('slow.mp4 100%');
  expect(container.querySelector('.vidkit-uploader__row'), 'the slot replaced the default row').toBeNull();
  expect(success).toHaveBeenCalledTimes(1);
  const [video, file] = success.mock.calls[0]!;
  expect(video.videoId).toMatch(/^vi/);
  expect(file.name).toBe('slow.mp4');
});

it('the template ref exposes the handle: the core player and its snapshot', async () => {
  const { liveStreamId } = await createLiveStream('vue handle');
  const handle = shallowRef<VideoPlayerHandle>();
  const liveChanges: boolean[] = [];
  await mount(() =>
    h(VideoPlayer, { ref: handle, liveStreamId, muted: true, onLiveChange: (live: boolean) => liveChanges.push(live) }),
  );
  await eventually(() => expect(handle.value?.getSnapshot()?.status).toBe('offline'));
  expect(typeof handle.value!.player?.setOptions).toBe('function');
  expect(liveChanges).toEqual([false]);
});
