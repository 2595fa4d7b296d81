import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { UploadRow, VideoUploader, type UploadedVideo, type UploadSnapshot } from '@vidkit/react';
import { waitUntilPlayable } from '@vidkit/core';
import { withProvider } from './with-provider.js';

/**
 * `<VideoUploader>` uploads videos straight from the browser to api.video with a **delegated upload token**.
 *
 * These stories get their token from the local emulator with its development key. **In a real app the token comes
 * from your backend**, which keeps the API key: `getUploadToken={() => fetch('/api/upload-token').then((r) => r.text())}`.
 */
const meta: Meta<typeof VideoUploader> = {
  title: 'VideoUploader',
  component: VideoUploader,
  args: { accept: 'video/*', multiple: true, chunkSize: 5 * 1024 * 1024 },
  argTypes: {
    maxFileSize: { control: 'number' },
    concurrency: { control: { type: 'number', min: 1, max: 16 } },
  },
  decorators: [withProvider()],
};
export default meta;

type Story = StoryObj<typeof VideoUploader>;

/** Drop a video: it uploads, then the story waits until api.video (or the emulator) can play it. */
export const Emulator: Story = {
  render: (args) => <UploadAndWait {...args} />,
};

function UploadAndWait(args: Parameters<typeof VideoUploader>[0]) {
  const [videos, setVideos] = useState<{ video: UploadedVideo; playable: boolean }[]>([]);
  const onSuccess = (video: UploadedVideo) => {
    setVideos((list) => [...list, { video, playable: false }]);
    void waitUntilPlayable(video, { baseDelay: 500, timeout: 300_000 }).then(() =>
      setVideos((list) => list.map((v) => (v.video.videoId === video.videoId ? { ...v, playable: true } : v))),
    );
  };
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: 640 }}>
      <VideoUploader {...args} onSuccess={onSuccess} />
      {videos.map(({ video, playable }) => (
        <p key={video.videoId} data-testid="video-state">
          <code>{video.videoId}</code>: {playable ? 'ready to play' : 'encoding…'}
        </p>
      ))}
    </div>
  );
}

/** Only small files: bigger ones are refused with a visible reason. */
export const MaxFileSize: Story = { args: { maxFileSize: 5_000_000 } };

/** One file at a time. */
export const Single: Story = { args: { multiple: false } };

/** Themed through CSS custom properties. */
export const Themed: Story = {
  render: (args) => (
    <div style={{ ['--vidkit-accent' as string]: '#db2777', ['--vidkit-radius' as string]: '2px' }}>
      <VideoUploader {...args} />
    </div>
  ),
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
const noop = () => {};

/** Each state of a row, as `<UploadRow>` renders it (the building block for custom lists). */
export const States: StoryObj<typeof UploadRow> = {
  render: () => (
    <ul className="vidkit-uploader__list" style={{ maxWidth: 640 }}>
      <UploadRow
        onAction={noop}
        name="idle.mp4"
        state={state({ status: 'idle', bytesUploaded: 0, progress: 0, speed: 0, eta: undefined })}
      />
      <UploadRow name="uploading.mp4" state={state({})} onAction={noop} />
      <UploadRow onAction={noop} name="paused.mp4" state={state({ status: 'paused', speed: 0, eta: undefined })} />
      <UploadRow
        onAction={noop}
        name="failed.mp4"
        state={state({
          status: 'failed',
          error: new Error('The upload token has expired. Ask your backend for a new one.'),
        })}
      />
      <UploadRow
        onAction={noop}
        name="done.mp4"
        state={state({
          status: 'completed',
          bytesUploaded: 80_000_000,
          progress: 1,
          video: { videoId: 'vi4blUQJFrYWbaG44NChkH27' },
        })}
      />
    </ul>
  ),
};
