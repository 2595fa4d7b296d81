import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The `currentTime` of the first `<video>` under `scope` (a CSS selector), read in the page. */
const currentTime = (page: Page, scope: string) =>
  page
    .locator(`${scope} video`)
    .first()
    .evaluate((video: HTMLVideoElement) => video.currentTime);

/** Waits until the page marks itself hydrated (`[data-hydrated]`): its handlers are attached from then on. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('[data-hydrated]').first().waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * The upload walk: picks the clip in the uploader, waits for the status element (`data-testid="video-status"`,
 * `data-video-id`, `data-status`) to say playable, then for the page's player to play (`currentTime` advances).
 * Returns the new video's id.
 */
export async function uploadAndPlay(page: Page, { url, clipPath }: { url: string; clipPath: string }) {
  await page.goto(url);
  await waitForHydration(page);
  await page.locator('input[type=file]').setInputFiles(clipPath);
  const status = page.getByTestId('video-status');
  // The status element, or the uploader's failed row (core's shared markup), whichever comes first.
  const failed = page.locator('.vidkit-uploader__row[data-status="failed"]');
  await status.or(failed).first().waitFor({ timeout: 60_000 });
  if (await failed.count()) {
    throw new Error(`The upload failed: ${await failed.first().textContent()}`);
  }
  const videoId = await status.getAttribute('data-video-id');
  expect(videoId).toMatch(/^vi\w+$/);
  await expect
    .poll(() => status.getAttribute('data-status'), { timeout: 90_000, interval: 250 })
    .toMatch(/^(playable|encoded)$/);
  await expect.poll(() => currentTime(page, '.vidkit-player'), { timeout: 30_000, interval: 250 }).toBeGreaterThan(1);
  return videoId!;
}

/** Opens a page whose player autoplays (muted) and waits until it plays: scripts ran and hydration finished. */
export async function openAndPlay(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => currentTime(page, '.vidkit-player'), { timeout: 30_000, interval: 250 }).toBeGreaterThan(1);
}

/**
 * Opens a live page, waits for its badge (`.vidkit-live-badge`) to say offline, starts `publish()` and waits for
 * `live`. Returns the publisher so the caller stops it.
 */
export async function liveBadgeFlips<T>(page: Page, url: string, publish: () => T): Promise<T> {
  await page.goto(url);
  const badge = page.locator('.vidkit-live-badge').first();
  await expect.poll(() => badge.getAttribute('data-status'), { timeout: 20_000, interval: 250 }).toBe('offline');
  const publisher = publish();
  await expect.poll(() => badge.getAttribute('data-status'), { timeout: 30_000, interval: 250 }).toBe('live');
  return publisher;
}

/**
 * What the server's HTML of a video page must hold before any script runs: the title and the player's markup.
 * The walk's titles are plain file names, so the text is the same escaped or not.
 */
export function expectServerRenderedVideo(html: string, title: string): void {
  expect(html, 'the title').toContain(title);
  expect(html, 'the player root').toMatch(/class="[^"]*\bvidkit-player\b/);
  expect(html, 'the <video> element').toMatch(/<video\b[^>]*class="[^"]*\bvidkit-player__video\b/);
}
