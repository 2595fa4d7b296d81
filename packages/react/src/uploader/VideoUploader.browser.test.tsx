import axe from 'axe-core';
import { StrictMode } from 'react';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { VideoUploader, VidkitProvider, type VideoUploaderProps } from '../index.js';
import {
  blankVideoFile,
  clipFile,
  createUploadToken,
  noFaults,
  requestCounts,
  setFaults,
} from '../test-support/emulator.js';

const MiB = 1024 * 1024;

function renderUploader(props: Partial<VideoUploaderProps> = {}) {
  const url = inject('emulatorUrl');
  return render(
    <VidkitProvider apiBaseUrl={url} deliveryBaseUrl={url} getUploadToken={createUploadToken}>
      <VideoUploader {...props} />
    </VidkitProvider>,
  );
}

function fileInput(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('.vidkit-uploader input[type=file]')!;
}

afterEach(() => setFaults(noFaults));

describe('<VideoUploader> against the emulator', () => {
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

  it('pauses and resumes a multi-part upload', async () => {
    // 2 MB/s at the server: a 16 MiB file in 5 MiB parts is still uploading when we press Pause.
    await setFaults({ ...noFaults, bandwidthBps: 2_000_000 });
    const screen = await renderUploader({ chunkSize: 5 * MiB, concurrency: 1 });
    await userEvent.upload(fileInput(), blankVideoFile(16 * MiB, 'long.mp4'));

    await expect.element(screen.getByText('Uploading', { exact: true })).toBeVisible();
    await screen.getByRole('button', { name: 'Pause long.mp4' }).click();
    await expect.element(screen.getByText('Paused', { exact: true })).toBeVisible();
    expect(document.querySelector('[aria-live=polite]')!.textContent).toContain('long.mp4 paused.');
    const bar = screen.getByRole('progressbar', { name: 'Upload of long.mp4' });
    expect(Number(bar.element().getAttribute('aria-valuenow'))).toBeLessThan(100);

    await setFaults(noFaults);
    await screen.getByRole('button', { name: 'Resume long.mp4' }).click();
    await expect.element(screen.getByText('Uploaded', { exact: true }), { timeout: 30_000 }).toBeVisible();
    await expect.element(bar).toHaveAttribute('aria-valuenow', '100');
  });

  it('shows why a file was refused, and uploads nothing', async () => {
    const screen = await renderUploader({ maxFileSize: 1_000_000 });
    await userEvent.upload(fileInput(), [
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      blankVideoFile(2_000_000, 'huge.mp4'),
    ]);
    await expect.element(screen.getByText('Not an accepted file type (text/plain).')).toBeVisible();
    await expect.element(screen.getByText('notes.txt', { exact: true })).toBeVisible();
    await expect.element(screen.getByText('Larger than the 1 MB limit.')).toBeVisible();
    expect(screen.container.querySelectorAll('[role=progressbar]')).toHaveLength(0);
  });

  it('shows Retry when an upload fails for good, and recovers with it', async () => {
    await setFaults({ ...noFaults, errorRate: 1 });
    const errors: Error[] = [];
    const screen = await renderUploader({
      retry: { retries: 1, baseDelay: 10, maxDelay: 20 },
      onError: (error) => errors.push(error),
    });
    await userEvent.upload(fileInput(), clipFile('flaky.mp4'));

    await expect.element(screen.getByText('Failed', { exact: true })).toBeVisible();
    await expect.element(screen.getByRole('alert')).toBeVisible();
    expect(errors).toHaveLength(1);
    expect(document.querySelector('[aria-live=polite]')!.textContent).toContain('flaky.mp4 failed:');

    await setFaults(noFaults);
    await screen.getByRole('button', { name: 'Retry flaky.mp4' }).click();
    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible();
  });

  it('renders a hostile file name as text', async () => {
    const name = '<img src=x onerror=alert(1)>.mp4';
    const screen = await renderUploader();
    await userEvent.upload(fileInput(), blankVideoFile(1000, name));
    await expect.element(screen.getByText(name, { exact: true })).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible();
  });
});

describe('<VideoUploader> accessibility', () => {
  it('has no axe-core violations, idle and with rows', async () => {
    const screen = await renderUploader();
    expect((await axe.run(screen.container)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await userEvent.upload(fileInput(), [clipFile('a11y.mp4'), new File(['x'], 'notes.txt', { type: 'text/plain' })]);
    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible();
    expect((await axe.run(screen.container)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('is usable from the keyboard: the file button is reachable with Tab', async () => {
    await renderUploader();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Choose videos');
  });
});
