import axe from 'axe-core';
import { afterEach, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { LiveStatusBadge, VidkitProvider } from '../index.js';
import { createLiveStream } from '../test-support/emulator.js';

/** axe-core's violations in the rendered badge, as `id: help` lines. */
async function violations(container: HTMLElement): Promise<string[]> {
  return (await axe.run(container)).violations.map((v) => `${v.id}: ${v.help}`);
}

let pushing: string | undefined;
afterEach(async () => {
  if (pushing) await commands.stopLive(pushing);
  pushing = undefined;
});

it('flips Offline → Live → Offline as the test publisher starts and stops, announced politely', async () => {
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
  // A status region: screen readers announce the new label when the broadcast starts or stops.
  await expect.element(badge).toHaveAttribute('aria-live', 'polite');
  expect(await violations(screen.container)).toEqual([]);

  pushing = streamKey;
  await commands.pushLive(inject('emulatorRtmpUrl'), streamKey);
  await expect.element(badge, { timeout: 30_000 }).toHaveTextContent('Live');
  await expect.element(badge).toHaveAttribute('data-status', 'live');
  expect(await violations(screen.container)).toEqual([]);

  await commands.stopLive(streamKey);
  pushing = undefined;
  await expect.element(badge, { timeout: 30_000 }).toHaveTextContent('Offline');
}, 90_000);
