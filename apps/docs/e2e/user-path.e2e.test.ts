import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';
import { playgrounds } from '../refs.mjs';

// Screenshots are artifacts of the run (git-ignored): apps/docs/test-results/e2e/.
const shots = fileURLToPath(new URL('../test-results/e2e/', import.meta.url));
const pushLiveScript = fileURLToPath(
  new URL('./scripts/push-live.mjs', import.meta.resolve('@vidkit/emulator/package.json')),
);

let browser: Browser;
let page: Page;
let publisher: ChildProcess | undefined;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The static build points the stories at 127.0.0.1:4010; this run's emulator is on a free port.
  await context.addInitScript(`globalThis.VIDKIT_EMULATOR_URL = ${JSON.stringify(inject('emulatorUrl'))};`);
  page = await context.newPage();
});

afterAll(async () => {
  publisher?.kill('SIGINT');
  await browser?.close();
});

/**
 * Opens a page of the composed site and returns the frame that renders it: the host's own preview for its docs, the
 * ref's iframe for a playground story (`react_…` ids live in the `react` ref, served from `./react/`).
 */
async function openStory(path: string): Promise<FrameLocator> {
  await page.goto(`${inject('docsUrl')}/?path=${path}`);
  const ref = /^\/(?:story|docs)\/([a-z]+)_/.exec(path)?.[1];
  return page.frameLocator(ref ? `iframe[src*="${ref}/iframe.html"]` : '#storybook-preview-iframe');
}

// The same walk in every playground whose stories share the React playground's ids and test ids (Svelte's do).
const walked = playgrounds.map((p) => p.id).filter((id) => id === 'react' || id === 'svelte');

it.each(walked)(
  'walks the user path in the %s playground: overview → upload → playable → play (public, private) → live badge flips',
  async (ref) => {
    const overview = await openStory('/docs/overview--docs');
    await overview.getByText('This site composes one playground per framework').waitFor();
    await page.screenshot({ path: `${shots}${ref}-01-overview.png` });

    const uploader = await openStory(`/story/${ref}_videouploader--emulator`);
    await uploader.locator('input[type=file]').setInputFiles(inject('clipPath'));
    await uploader.getByText('Uploaded', { exact: true }).waitFor({ timeout: 60_000 });
    const state = uploader.getByTestId('video-state');
    await state.getByText('ready to play').waitFor({ timeout: 90_000 });
    const videoId = await state.locator('code').textContent();
    expect(videoId).toMatch(/^vi/);
    await page.screenshot({ path: `${shots}${ref}-02-uploaded.png` });

    // Without a videoId the player story plays the most recent video: the one just uploaded.
    const player = await openStory(`/story/${ref}_videoplayer--vod`);
    await player.getByTestId('current-time').getByText(videoId!).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => player.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime), {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan(1);
    await page.screenshot({ path: `${shots}${ref}-03-playing.png` });

    // The private story makes that video private and plays it through the token in its asset URLs.
    const privatePlayer = await openStory(`/story/${ref}_videoplayer--private`);
    await expect
      .poll(() => privatePlayer.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime), {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan(1);
    await page.screenshot({ path: `${shots}${ref}-04-private.png` });

    const live = await openStory(`/story/${ref}_livestatusbadge--emulator`);
    const badge = live.getByRole('status');
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 20_000 }).toBe('offline');
    const streamKey = (await live.getByTestId('push-command').getAttribute('data-stream-key'))!;
    publisher = spawn(
      process.execPath,
      [pushLiveScript, streamKey, '--url', inject('emulatorRtmpUrl')!, '--size', '320x180'],
      {
        stdio: 'ignore',
      },
    );
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 30_000 }).toBe('live');
    await page.screenshot({ path: `${shots}${ref}-05-live.png` });
    publisher.kill('SIGINT');
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 30_000 }).toBe('offline');
  },
);
