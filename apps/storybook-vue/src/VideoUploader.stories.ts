import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { h, ref } from 'vue';
import {
  UploadRow,
  VideoUploader,
  type UploadedVideo,
  type UploaderRowSlotProps,
  type UploadSnapshot,
} from '@vidkit/vue';
import { waitUntilPlayable } from '@vidkit/core';

/**
 * `<VideoUploader>` uploads videos straight from the browser to api.video with a **delegated upload token**.
 *
 * These stories get their token from the local emulator with its development key. **In a real app the token comes
 * from your backend**, which keeps the API key: `app.use(VidkitPlugin, { getUploadToken: () =>
 * fetch('/api/upload-token').then((r) => r.text()) })`.
 */
const meta: Meta<typeof VideoUploader> = {
  title: 'VideoUploader',
  component: VideoUploader,
  args: { accept: 'video/*', multiple: true, chunkSize: 5 * 1024 * 1024 },
  argTypes: {
    maxFileSize: { control: 'number' },
    concurrency: { control: { type: 'number', min: 1, max: 16 } },
  },
};
export default meta;

type Story = StoryObj<typeof VideoUploader>;

/** Drop a video: it uploads, then the story waits until api.video (or the emulator) can play it. */
export const Emulator: Story = {
  render: (args) => ({
    setup() {
      const videos = ref<{ video: UploadedVideo; playable: boolean }[]>([]);
      const onSuccess = (video: UploadedVideo) => {
        videos.value.push({ video, playable: false });
        void waitUntilPlayable(video, { baseDelay: 500, timeout: 300_000 }).then(() => {
          const found = videos.value.find((v) => v.video.videoId === video.videoId);
          if (found) found.playable = true;
        });
      };
      return () =>
        h('div', { style: { display: 'grid', gap: '1rem', maxWidth: '640px' } }, [
          h(VideoUploader, { ...args, onSuccess }),
          ...videos.value.map(({ video, playable }) =>
            h('p', { key: video.videoId, 'data-testid': 'video-state' }, [
              h('code', video.videoId),
              `: ${playable ? 'ready to play' : 'encoding…'}`,
            ]),
          ),
        ]);
    },
  }),
};

/** Only small files: bigger ones are refused with a visible reason. */
export const MaxFileSize: Story = { args: { maxFileSize: 5_000_000 } };

/** One file at a time. */
export const Single: Story = { args: { multiple: false } };

/** Themed through CSS custom properties. */
export const Themed: Story = {
  render: (args) => ({
    setup: () => () =>
      h('div', { style: { '--vidkit-accent': '#db2777', '--vidkit-radius': '2px' } }, [h(VideoUploader, args)]),
  }),
};

/** The row slot: your own markup per file, with the queue's controls. */
export const CustomRow: Story = {
  render: (args) => ({
    setup: () => () =>
      h(VideoUploader, args, {
        row: ({ item, view, pause, resume }: UploaderRowSlotProps) =>
          h('li', { 'data-status': view.status }, [
            `${item.name} — ${view.percent}% `,
            view.status === 'paused'
              ? h('button', { type: 'button', onClick: resume }, 'Resume')
              : h('button', { type: 'button', onClick: pause }, 'Pause'),
          ]),
      }),
  }),
};

const state = (patch: Partial<UploadSnapshot>): UploadSnapshot => ({
  status: 'uploading',
  bytesUploaded: 31_000_000,
  bytesTotal: 80_000_000,
  progress: 31 / 80,
  speed: 4_200_000,
  eta: 11,
  partsDone: 6,
  partsTotal: 16,
  attempt: 1,
  ...patch,
});

/** Each state of a row (idle, uploading, paused, failed, done), as `<UploadRow>` renders it. */
export const States: Story = {
  render: () => ({
    setup: () => () =>
      h('ul', { class: 'vidkit-uploader__list', style: { maxWidth: '640px' } }, [
        h(UploadRow, {
          name: 'idle.mp4',
          state: state({ status: 'idle', bytesUploaded: 0, progress: 0, speed: 0, eta: undefined }),
        }),
        h(UploadRow, { name: 'uploading.mp4', state: state({}) }),
        h(UploadRow, { name: 'paused.mp4', state: state({ status: 'paused', speed: 0, eta: undefined }) }),
        h(UploadRow, {
          name: 'failed.mp4',
          state: state({
            status: 'failed',
            error: new Error('The upload token has expired. Ask your backend for a new one.'),
          }),
        }),
        h(UploadRow, {
          name: 'done.mp4',
          state: state({
            status: 'completed',
            bytesUploaded: 80_000_000,
            progress: 1,
            video: { videoId: 'vi4blUQJFrYWbaG44NChkH27' },
          }),
        }),
      ]),
  }),
};
