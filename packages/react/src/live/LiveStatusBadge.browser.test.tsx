import { afterEach, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { LiveStatusBadge, VidkitProvider } from '../index.js';
import { createLiveStream } from '../test-support/emulator.js';

let pushing: string | undefined;
afterEach(async () => {
  if (pushing) await commands.stopLive(pushing);
  pushing = undefined;
});

it('flips Offline → Live → Offline as the test publisher starts and stops', async () => {
  const { liveStreamId, streamKey } = await createLiveStream();
  const url = inject('emulatorUrl');
  const screen = await render(
    <VidkitProvider deliveryBaseUrl={url}>
      <LiveStatusBadge liveStreamId={liveStreamId} interval={1000} />
    </VidkitProvider>,
  );
  const badge = screen.getByRole('status');
  await expect.element(badge).toHaveTextContent('Offline');
  await expect.element(badge).toHaveAttribute('data-status', 'offline');

  pushing = streamKey;
  await commands.pushLive(inject('emulatorRtmpUrl'), streamKey);
  await expect.element(badge, { timeout: 30_000 }).toHaveTextContent('Live');
  await expect.element(badge).toHaveAttribute('data-status', 'live');

  await commands.stopLive(streamKey);
  pushing = undefined;
  await expect.element(badge, { timeout: 30_000 }).toHaveTextContent('Offline');
}, 90_000);
