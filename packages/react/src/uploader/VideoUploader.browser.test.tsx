import { StrictMode } from 'react';
import { describe, expect, inject, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { clipFile, createUploadToken, requestCounts } from '@vidkit/tooling/vitest/emulator';
import { VideoUploader, VidkitProvider } from '../index.js';

// The uploader's behaviour is the adapter contract's (contract.browser.test.tsx); this file keeps what is React's.

describe('<VideoUploader> in React', () => {
  it('uploads a dropped clip once (even in StrictMode), announces it and reports the video', async () => {
    const videos: string[] = [];
    const started: string[] = [];
    let progressCalls = 0;
    const before = (await requestCounts())['POST /upload'] ?? 0;
    const url = inject('emulatorUrl');
    const screen = await render(
      <StrictMode>
        <VidkitProvider apiBaseUrl={url} getUploadToken={createUploadToken}>
          <VideoUploader
            onUploadStart={(file) => started.push(file.name)}
            onProgress={() => progressCalls++}
            onSuccess={(video) => videos.push(video.videoId)}
          />
        </VidkitProvider>
      </StrictMode>,
    );
    const data = new DataTransfer();
    data.items.add(clipFile('dropped.mp4'));
    document
      .querySelector('.vidkit-uploader__dropzone')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));

    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect
      .element(screen.getByRole('progressbar', { name: 'Upload of dropped.mp4' }))
      .toHaveAttribute('aria-valuenow', '100');
    expect(document.querySelector('[aria-live=polite]')!.textContent).toContain('dropped.mp4 uploaded.');
    expect(videos).toHaveLength(1);
    expect(videos[0]).toMatch(/^vi/);
    await expect.element(screen.getByText(`Video ${videos[0]}`)).toBeVisible();
    expect(started).toEqual(['dropped.mp4']);
    expect(progressCalls).toBeGreaterThan(0);
    // One part, one request: no double start from StrictMode's double effects.
    expect((await requestCounts())['POST /upload']).toBe(before + 1);
  });
});
