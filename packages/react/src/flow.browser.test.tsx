import { useState } from 'react';
import { expect, inject, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { waitUntilPlayable, type UploadedVideo } from '@vidkit/core';
import { VideoPlayer, VideoUploader, VidkitProvider } from './index.js';
import { clipFile, createUploadToken } from '@vidkit/tooling/vitest/emulator';

/** The user path: drop a clip, it uploads, it encodes, it plays. */
function UploadThenPlay() {
  const [video, setVideo] = useState<UploadedVideo>();
  return (
    <>
      <VideoUploader
        onSuccess={(uploaded) => void waitUntilPlayable(uploaded, { timeout: 90_000, baseDelay: 300 }).then(setVideo)}
      />
      {video && <VideoPlayer videoId={video.videoId} muted autoplay />}
    </>
  );
}

it('drop a generated clip → the upload completes → the player plays it', async () => {
  const url = inject('emulatorUrl');
  const screen = await render(
    <VidkitProvider apiBaseUrl={url} deliveryBaseUrl={url} getUploadToken={createUploadToken}>
      <UploadThenPlay />
    </VidkitProvider>,
  );
  const data = new DataTransfer();
  data.items.add(clipFile('flow.mp4'));
  document
    .querySelector('.vidkit-uploader__dropzone')!
    .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible();
  await expect
    .poll(() => document.querySelector('video')?.currentTime ?? 0, { timeout: 90_000, interval: 250 })
    .toBeGreaterThan(0.5);
}, 150_000);
