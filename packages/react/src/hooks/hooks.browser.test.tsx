import { expect, inject, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { VideoStatusFetcher } from '@vidkit/core';
import { useUpload, useVideoStatus, VidkitProvider } from '../index.js';
import { clipFile, createUploadToken } from '@vidkit/tooling/vitest/emulator';

// What a backend route would do for the browser: read the status with the API key it keeps.
const fetchStatus: VideoStatusFetcher = async (videoId, { signal }) => {
  const response = await fetch(`${inject('emulatorUrl')}/videos/${videoId}/status`, {
    headers: { Authorization: `Basic ${btoa(`${inject('emulatorApiKey')}:`)}` },
    signal,
  });
  return response.json();
};

function Headless({ file }: { file: File }) {
  const upload = useUpload({ file, getUploadToken: createUploadToken, autoStart: true });
  const status = useVideoStatus(upload.video?.videoId, { fetcher: fetchStatus, interval: 500 });
  return (
    <p>
      upload {upload.status} {Math.round(upload.progress * 100)}% · video {status.status}
      {status.playable ? ' · playable' : ''}
    </p>
  );
}

it('useUpload uploads with autoStart and useVideoStatus follows the video until it is playable', async () => {
  const url = inject('emulatorUrl');
  const screen = await render(
    <VidkitProvider apiBaseUrl={url}>
      <Headless file={clipFile('headless.mp4')} />
    </VidkitProvider>,
  );
  await expect.element(screen.getByText(/upload completed 100%/)).toBeVisible();
  await expect.element(screen.getByText(/· playable/), { timeout: 60_000 }).toBeVisible();
}, 90_000);
