import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';

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

it('opens the overview of the composed site', async () => {
  const overview = await openStory('/docs/overview--docs');
  await overview.getByText('This site composes one playground per framework').waitFor();
  await page.screenshot({ path: `${shots}01-overview.png` });
});

// The same walk in every framework's playground: the stories share their ids and test ids.
for (const framework of ['react', 'vue', 'svelte', 'angular']) {
  it(`walks the user path in the ${framework} playground: upload → playable → play (public, private) → live badge flips`, async () => {
    const shot = (name: string) => page.screenshot({ path: `${shots}${framework}-${name}.png` });
    const uploader = await openStory(`/story/${framework}_videouploader--emulator`);
    await uploader.locator('input[type=file]').setInputFiles(inject('clipPath'));
    await uploader.getByText('Uploaded', { exact: true }).waitFor({ timeout: 60_000 });
    const state = uploader.getByTestId('video-state');
    await state.getByText('ready to play').waitFor({ timeout: 90_000 });
    const videoId = await state.locator('code').textContent();
    expect(videoId).toMatch(/^vi/);
    await shot('02-uploaded');

    // Without a videoId the player story plays the most recent video: the one just uploaded.
    const player = await openStory(`/story/${framework}_videoplayer--vod`);
    await player.getByTestId('current-time').getByText(videoId!).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => player.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime), {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan(1);
    await shot('03-playing');

    // The private story makes that video private and plays it through the token in its asset URLs.
    const privatePlayer = await openStory(`/story/${framework}_videoplayer--private`);
    await expect
      .poll(() => privatePlayer.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime), {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan(1);
    await shot('04-private');

    const live = await openStory(`/story/${framework}_livestatusbadge--emulator`);
    const badge = live.getByRole('status');
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 20_000 }).toBe('offline');
    const streamKey = (await live.getByTestId('push-command').getAttribute('data-stream-key'))!;
    publisher = spawn(
      process.execPath,
      [pushLiveScript, streamKey, '--url', inject('emulatorRtmpUrl')!, '--size', '320x180'],
      { stdio: 'ignore' },
    );
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 30_000 }).toBe('live');
    await shot('05-live');
    publisher.kill('SIGINT');
    publisher = undefined;
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 30_000 }).toBe('offline');
  });
}
