import { expect } from 'vitest';
import { countOf, createLiveStream } from '@vidkit/tooling/vitest/emulator';
import { config, eventually, quietFor, setVisibility, violations } from '../helpers.js';
import type { Scenario } from '../scenario.js';

const LIVE_MANIFESTS = /^GET \/live\//;

const statusOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-status]')?.dataset.status;

export const badgeScenarios = {
  'badge/flips': {
    title: 'the live badge flips offline → live → offline with the pusher, as text',
    timeout: 60_000,
    async run({ driver, pushLive, stopLive }) {
      const { liveStreamId, streamKey } = await createLiveStream('contract badge');
      const badge = await driver.mountBadge({ config: config(), liveStreamId, interval: 1000 });
      await eventually(() => expect(statusOf(badge.container)).toBe('offline'));
      expect(badge.container.textContent).toMatch(/offline/i);
      // A polite status region: screen readers announce the new label.
      expect(badge.container.querySelector('[role=status]')?.getAttribute('aria-live')).toBe('polite');
      expect(await violations(badge.container)).toEqual([]);
      await pushLive(streamKey);
      await eventually(() => expect(statusOf(badge.container)).toBe('live'), 30_000);
      expect(badge.container.textContent).toMatch(/live/i);
      expect(await violations(badge.container)).toEqual([]);
      await stopLive(streamKey);
      await eventually(() => expect(statusOf(badge.container)).toBe('offline'), 30_000);
    },
  },
  'badge/shared-poll': {
    title: '100 badges on one stream make one request per interval at the emulator',
    async run({ driver }) {
      const { liveStreamId } = await createLiveStream('contract badges');
      const interval = 250;
      const badges = await driver.mountBadges({ config: config(), liveStreamId, interval }, 100);
      await eventually(() =>
        expect([...badges.container.querySelectorAll<HTMLElement>('[data-status=offline]')]).toHaveLength(100),
      );
      const before = await countOf(LIVE_MANIFESTS);
      await quietFor(4 * interval);
      const checks = (await countOf(LIVE_MANIFESTS)) - before;
      expect(checks).toBeGreaterThanOrEqual(2);
      expect(checks).toBeLessThanOrEqual(5);
    },
  },
  'badge/hidden-tab': {
    title: 'a hidden tab stops polling, and checks again at once when shown',
    async run({ driver }) {
      const { liveStreamId } = await createLiveStream('contract hidden');
      const interval = 200;
      const badge = await driver.mountBadge({ config: config(), liveStreamId, interval });
      try {
        await eventually(() => expect(statusOf(badge.container)).toBe('offline'));
        setVisibility('hidden');
        // A check already on its way when the tab was hidden may still land.
        await quietFor(interval);
        const before = await countOf(LIVE_MANIFESTS);
        await quietFor(5 * interval);
        expect((await countOf(LIVE_MANIFESTS)) - before).toBe(0);
      } finally {
        setVisibility('visible');
      }
      const shown = await countOf(LIVE_MANIFESTS);
      await eventually(async () => expect(await countOf(LIVE_MANIFESTS)).toBeGreaterThan(shown), 2 * interval + 500);
    },
  },
} satisfies Record<string, Scenario>;
