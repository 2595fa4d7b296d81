import { expect } from 'vitest';
import { clipFile, countOf, createLiveStream, metricOf, setFaults } from '@vidkit/tooling/vitest/emulator';
import { config, eventsOf, eventually, pick, quietFor, requested, violations, within } from '../helpers.js';
import type { Scenario } from '../scenario.js';

const videoOf = (container: HTMLElement) => {
  const video = container.querySelector('video');
  expect(video, 'the player renders a <video>').toBeTruthy();
  return video!;
};

/** Resolves once the element's currentTime passes `seconds`: it really plays. */
const playsPast = (video: HTMLVideoElement, seconds = 0.5, timeout = 20_000) =>
  eventually(() => expect(video.currentTime).toBeGreaterThan(seconds), timeout);

const manifest = (videoId: string) => new RegExp(`/vod/${videoId}/hls/manifest\\.m3u8$`);
// What the page requested, the contract's own calls to the emulator's admin routes and the players' analytics reports
// (sent on their own schedule, whatever the props) aside.
const anyRequest = /^(?!.*\/(_emulator\/|watch$))/;

export const playerScenarios = {
  'player/vod': {
    title: 'a VOD plays: currentTime advances, onPlay fires',
    async run({ driver, videos }) {
      const { a } = await videos();
      const player = await driver.mountPlayer({ config: config(), videoId: a.videoId, muted: true, autoplay: true });
      await playsPast(videoOf(player.container));
      expect(eventsOf(player.events, 'play').length).toBeGreaterThan(0);
    },
  },
  'player/analytics': {
    title: 'a play reaches api.video analytics: the emulator (the delivery root) counts one more play of that video',
    async run({ driver, videos }) {
      const { a } = await videos();
      const before = await metricOf('play/count', { mediaId: a.videoId });
      const player = await driver.mountPlayer({ config: config(), videoId: a.videoId, muted: true, autoplay: true });
      await playsPast(videoOf(player.container));
      // The first play is reported at once; the emulator counts it from the beacon.
      await eventually(async () =>
        expect(await metricOf('play/count', { mediaId: a.videoId })).toBeGreaterThan(before),
      );
    },
  },
  'player/private': {
    title: 'a private video plays with its token',
    async run({ driver, videos }) {
      const { private: video } = await videos();
      const player = await driver.mountPlayer({ config: config(), ...video, muted: true, autoplay: true });
      await playsPast(videoOf(player.container));
    },
  },
  'player/swap': {
    title: 'changing videoId swaps the source: one new manifest request, the same <video> element',
    async run({ driver, videos }) {
      const { a, b } = await videos();
      const props = { config: config(), muted: true, autoplay: true };
      const player = await driver.mountPlayer({ ...props, videoId: a.videoId });
      const element = videoOf(player.container);
      await playsPast(element, 0.2);
      await player.update({ ...props, videoId: b.videoId });
      // Past the manifest: a rendition or a segment of the new video was fetched.
      const after = new RegExp(`/vod/${b.videoId}/(?!hls/manifest\\.m3u8$)`);
      await eventually(() => expect(requested(after).length).toBeGreaterThan(0));
      await playsPast(element, 0.2);
      expect(videoOf(player.container)).toBe(element);
      expect(requested(manifest(b.videoId))).toHaveLength(1);
    },
  },
  'player/unchanged': {
    title: 're-rendering with unchanged props sends nothing',
    async run({ driver, videos }) {
      const { a } = await videos();
      const props = () => ({ config: config(), videoId: a.videoId, muted: true });
      const player = await driver.mountPlayer(props());
      const video = videoOf(player.container);
      // Everything the clip has is buffered: from here on a quiet player sends nothing.
      await eventually(() => {
        expect(video.buffered.length).toBeGreaterThan(0);
        expect(video.buffered.end(video.buffered.length - 1)).toBeGreaterThanOrEqual(video.duration - 0.2);
      });
      const seen = requested(anyRequest).length;
      const atEmulator = await countOf(/^GET /);
      await player.update(props());
      await player.update(props());
      await quietFor(500);
      expect(
        requested(anyRequest)
          .slice(seen)
          .map((e) => e.name),
      ).toEqual([]);
      expect(await countOf(/^GET /)).toBe(atEmulator);
    },
  },
  'player/aspect-ratio': {
    title: 'the aspect ratio holds before metadata (no 0×0 box, no jump)',
    async run({ driver }) {
      const player = await driver.mountPlayer({ config: config(), videoId: 'vi0000000000000000000000', muted: true });
      player.container.style.width = '320px';
      const box = (player.container.firstElementChild as HTMLElement).getBoundingClientRect();
      expect(videoOf(player.container).readyState).toBe(0);
      expect([box.width, box.height]).toEqual([320, 180]);
      await player.update({ config: config(), videoId: 'vi0000000000000000000000', muted: true, aspectRatio: '4 / 3' });
      expect((player.container.firstElementChild as HTMLElement).getBoundingClientRect().height).toBe(240);
      // In a shrink-wrapped parent it never collapses to 0×0.
      player.container.style.cssText = 'display: inline-block';
      const shrunk = (player.container.firstElementChild as HTMLElement).getBoundingClientRect();
      expect(shrunk.width).toBeGreaterThan(0);
      expect(shrunk.height).toBeGreaterThan(0);
    },
  },
  'player/axe': {
    title: 'axe-core finds no violations in the player',
    async run({ driver, videos }) {
      const { a } = await videos();
      const player = await driver.mountPlayer({ config: config(), videoId: a.videoId, muted: true });
      await eventually(() => expect(videoOf(player.container).readyState).toBeGreaterThan(0));
      expect(await violations(player.container)).toEqual([]);
    },
  },
  'player/live': {
    title: 'a live stream shows its offline state, then plays when the pusher starts',
    timeout: 60_000,
    async run({ driver, pushLive }) {
      const { liveStreamId, streamKey } = await createLiveStream('contract player');
      const player = await driver.mountPlayer({
        config: config(),
        liveStreamId,
        muted: true,
        autoplay: true,
        liveCheckInterval: 1000,
      });
      await expect.element(within(player.container).getByText(/offline/i)).toBeVisible();
      await eventually(() => expect(eventsOf(player.events, 'liveChange').map((e) => e.live)).toEqual([false]));
      await pushLive(streamKey);
      await playsPast(videoOf(player.container), 0.5, 40_000);
      expect(eventsOf(player.events, 'liveChange').map((e) => e.live)).toEqual([false, true]);
      expect(player.container.textContent).not.toMatch(/offline/i);
    },
  },
  'player/latest-callbacks': {
    title: 'callbacks are always the latest props, never stale ones',
    async run({ driver, videos }) {
      const { a } = await videos();
      const props = { config: config(), videoId: a.videoId, muted: true, autoplay: true };
      const player = await driver.mountPlayer({ ...props, tag: 'first' });
      await eventually(() => expect(eventsOf(player.events, 'timeUpdate').length).toBeGreaterThan(0));
      await player.update({ ...props, tag: 'second' });
      const mark = player.events.length;
      await eventually(() =>
        expect(eventsOf(player.events.slice(mark), 'timeUpdate').map((e) => e.tag)).toContain('second'),
      );
      const later = eventsOf(player.events.slice(mark), 'timeUpdate').map((e) => e.tag);
      expect(later.slice(later.indexOf('second'))).not.toContain('first');
    },
  },
  'player/handle': {
    title: 'the imperative handle plays, pauses and seeks',
    async run({ driver, videos }) {
      const { a } = await videos();
      const player = await driver.mountPlayer({ config: config(), videoId: a.videoId, muted: true });
      const video = videoOf(player.container);
      await eventually(() => expect(video.readyState).toBeGreaterThan(0));
      await player.handle.play();
      await playsPast(video, 0.3);
      player.handle.pause();
      await eventually(() => expect(video.paused).toBe(true));
      await eventually(() => expect(eventsOf(player.events, 'pause').length).toBeGreaterThan(0));
      player.handle.seek(1);
      await eventually(() => expect(Math.abs(video.currentTime - 1)).toBeLessThan(0.2));
      player.handle.setQuality('auto');
    },
  },
  'player/unmount': {
    title: 'after unmount the emulator sees no request for 2 s and hls.js is gone',
    async run({ driver, videos }) {
      const { a } = await videos();
      const player = await driver.mountPlayer({ config: config(), videoId: a.videoId, muted: true, autoplay: true });
      const video = videoOf(player.container);
      await playsPast(video, 0.2);
      await player.unmount();
      const before = await countOf(/./);
      await quietFor(2000);
      expect(await countOf(/./)).toBe(before);
      // hls.js detaches on destroy: the MediaSource URL is gone from the element.
      expect(video.getAttribute('src')).toBeNull();
      expect(video.readyState).toBe(HTMLMediaElement.HAVE_NOTHING);
    },
  },
  'player/processing': {
    title: "mounted with onSuccess's videoId at once, the player shows processing, then plays by itself (no error)",
    timeout: 60_000,
    async run({ driver }) {
      // The emulator holds each encoding 1.5 s: the video is certainly not playable when the player mounts (at once).
      await setFaults({ encodingDelayMs: 1500 });
      const uploader = await driver.mountUploader({ config: config() });
      await pick(uploader.container, [clipFile('processing.mp4')]);
      await eventually(() => expect(eventsOf(uploader.events, 'success')).toHaveLength(1));
      const { videoId } = eventsOf(uploader.events, 'success')[0]!;
      const player = await driver.mountPlayer({ config: config(), videoId, muted: true, autoplay: true });
      const root = player.container.firstElementChild as HTMLElement;
      const statuses = [root.dataset.status];
      const observer = new MutationObserver(() => statuses.push(root.dataset.status));
      observer.observe(root, { attributes: true, attributeFilter: ['data-status'] });
      try {
        // Said politely (a status region), not as an error.
        await expect.element(within(player.container).getByText(/being processed/i)).toBeVisible();
        expect(player.container.querySelector('[role="status"]')?.textContent).toMatch(/being processed/i);
        expect(root.dataset.status).toBe('processing');
        await playsPast(videoOf(player.container), 0.5, 40_000);
      } finally {
        observer.disconnect();
      }
      expect(statuses).not.toContain('error');
      expect(eventsOf(player.events, 'error')).toEqual([]);
      // The app hears it too (onStatusChange, @status-change, onstatuschange, (statusChange)).
      const heard = eventsOf(player.events, 'statusChange').map((e) => e.status);
      expect(heard).toContain('processing');
      expect(heard.slice(heard.indexOf('processing'))).toContain('playing');
      expect(heard).not.toContain('error');
      expect(player.container.textContent).not.toMatch(/processed|cannot be played/i);
    },
  },
  'player/viewer-settings': {
    title: "the viewer's unmute, volume and speed survive re-renders; only a changed prop overrides them",
    async run({ driver, videos }) {
      const { a } = await videos();
      const props = () => ({ config: config(), videoId: a.videoId, muted: true, autoplay: true });
      const player = await driver.mountPlayer(props());
      const video = videoOf(player.container);
      await playsPast(video, 0.2);
      // What the native controls (or our own) do: act on the element.
      video.muted = false;
      video.volume = 0.5;
      video.playbackRate = 1.5;
      await player.update(props());
      await playsPast(video, video.currentTime + 0.3);
      await player.update(props());
      expect([video.muted, video.volume, video.playbackRate]).toEqual([false, 0.5, 1.5]);
      // A prop that changes value wins.
      await player.update({ ...props(), muted: false });
      await player.update(props());
      await eventually(() => expect(video.muted).toBe(true));
      expect([video.volume, video.playbackRate]).toEqual([0.5, 1.5]);
    },
  },
} satisfies Record<string, Scenario>;
