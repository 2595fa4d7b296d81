import { afterEach, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { VideoPlayer, VidkitProvider } from '../index.js';
import { createLiveStream } from '../test-support/emulator.js';

let pushing: string | undefined;
afterEach(async () => {
  if (pushing) await commands.stopLive(pushing);
  pushing = undefined;
});

it('<VideoPlayer> shows a live stream offline, then plays it by itself once it goes live', async () => {
  const { liveStreamId, streamKey } = await createLiveStream();
  const changes: boolean[] = [];
  const url = inject('emulatorUrl');
  const screen = await render(
    <VidkitProvider deliveryBaseUrl={url}>
      <VideoPlayer
        liveStreamId={liveStreamId}
        muted
        autoplay
        liveCheckInterval={1000}
        onLiveChange={(live) => changes.push(live)}
      />
    </VidkitProvider>,
  );
  await expect.element(screen.getByText(/This live stream is offline/)).toBeVisible();

  pushing = streamKey;
  await commands.pushLive(inject('emulatorRtmpUrl'), streamKey);
  await expect
    .poll(() => document.querySelector('video')!.currentTime, { timeout: 40_000, interval: 250 })
    .toBeGreaterThan(0.5);
  expect(changes).toEqual([false, true]);
  expect(screen.container.textContent).not.toMatch(/offline/);
}, 90_000);
