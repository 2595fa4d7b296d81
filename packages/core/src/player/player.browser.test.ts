import { afterEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from './create-player.js';
import { loadHlsLight } from './hls-light.js';
import { prefersNativeHls } from './hls-support.js';
import {
  api,
  emulatorUrl,
  sharedClip,
  until,
  uploadClip,
  videoElement,
  type ApiVideo,
} from './test-support/emulator.js';

const players: Player[] = [];
afterEach(() => {
  for (const player of players.splice(0)) player.destroy();
  document.body.replaceChildren();
});
const track = (player: Player) => (players.push(player), player);

describe('createPlayer against the emulator (Chromium)', () => {
  it('chooses hls.js over Chromium\'s "maybe" for HLS', () => {
    expect(prefersNativeHls(videoElement())).toBe(false);
  });

  it('plays a public VOD: currentTime advances', async () => {
    const videoId = await sharedClip({ duration: 6 });
    const video = videoElement();
    const player = track(createPlayer(video, { videoId, deliveryBaseUrl: emulatorUrl, autoplay: true, muted: true }));
    await until(() => player.getSnapshot().currentTime > 1, 'currentTime > 1 s');
    const state = player.getSnapshot();
    expect(state.status).toBe('playing');
    expect(state.duration).toBeGreaterThan(5);
    expect(state.qualities.length).toBeGreaterThan(0);
    expect(state.error).toBeUndefined();
  });

  it("plays through hls.js's light build with loadHlsLight", async () => {
    const videoId = await sharedClip({ duration: 6 });
    const options = { videoId, deliveryBaseUrl: emulatorUrl, autoplay: true, muted: true, loadHls: loadHlsLight };
    const player = track(createPlayer(videoElement(), options));
    await until(() => player.getSnapshot().currentTime > 0.5, 'currentTime > 0.5 s');
    // Vite serves the light build pre-bundled as `hls__js_light.js`; an app's bundler names it after `hls.light`.
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.some((name) => /\/(hls__js_light|hls\.light)[^/]*\.m?js/.test(name))).toBe(true);
  });

  it('fetches the manifest while hls.js is still loading, and asks for it only once', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const manifest = `${emulatorUrl}/vod/${videoId}/hls/manifest.m3u8`;
    // The page's resource timing buffer (250 entries by default) fills up over a test file.
    performance.clearResourceTimings();
    let hlsArrivedAt = 0;
    // hls.js arriving 400 ms late, as over a slow network.
    const loadHls = async () => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const module = await import('hls.js');
      hlsArrivedAt = performance.now();
      return module;
    };
    const player = track(createPlayer(videoElement(), { src: manifest, autoplay: true, muted: true, loadHls }));
    await until(() => player.getSnapshot().currentTime > 0.5, 'currentTime > 0.5 s');
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name === manifest);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.startTime).toBeLessThan(hlsArrivedAt - 300);
    expect(player.getSnapshot().qualities.length).toBeGreaterThan(0);
  });

  it('loads the manifest through hls.js itself when the app brings its own xhrSetup', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const manifest = `${emulatorUrl}/vod/${videoId}/hls/manifest.m3u8`;
    // The page's resource timing buffer (250 entries by default) fills up over a test file.
    performance.clearResourceTimings();
    const seen: string[] = [];
    const hls = { xhrSetup: (_xhr: XMLHttpRequest, url: string) => void seen.push(url) };
    const player = track(createPlayer(videoElement(), { src: manifest, autoplay: true, muted: true, hls }));
    await until(() => player.getSnapshot().currentTime > 0.5, 'currentTime > 0.5 s');
    expect(seen[0]).toBe(manifest);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name === manifest)).toHaveLength(1);
  });

  it("switches quality between the emulator's 360p and 720p renditions", async () => {
    const videoId = await sharedClip({ height: 720, duration: 8, encoded: true });
    const player = track(
      createPlayer(videoElement(), { videoId, deliveryBaseUrl: emulatorUrl, autoplay: true, muted: true }),
    );
    await until(() => player.getSnapshot().qualities.length === 2, 'two qualities');
    expect(player.getSnapshot().qualities.map((q) => q.height)).toEqual([360, 720]);
    player.setQuality(360);
    await until(() => player.getSnapshot().activeQuality === 360, 'active quality 360');
    player.setQuality(720);
    await until(() => player.getSnapshot().activeQuality === 720, 'active quality 720');
    const at = player.getSnapshot().currentTime;
    await until(() => player.getSnapshot().currentTime > at + 0.5, 'playback goes on after the switch');
    expect(player.getSnapshot().quality).toBe(720);
  });

  it('plays a private video through one single-use token (session + avh)', async () => {
    const videoId = await sharedClip({ public: false });
    const video = await api<ApiVideo>('GET', `/videos/${videoId}`);
    expect(video.assets.hls).toContain('/token/');
    const player = track(createPlayer(videoElement(), { video, autoplay: true, muted: true }));
    await until(() => player.getSnapshot().currentTime > 1, 'private video plays');
    // The token is used up by the session: a second player given the same object cannot open one.
    const second = track(createPlayer(videoElement(), { video, muted: true }));
    await until(() => second.getSnapshot().status === 'error', 'second use of the token refused');
    expect(second.getSnapshot().error?.status).toBe(403);
  });

  it('shows captions and chapters from the API as text tracks', async () => {
    const videoId = await uploadClip({ duration: 4 });
    const upload = async (kind: 'captions' | 'chapters', text: string) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([`WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n${text}\n`], { type: 'text/vtt' }),
        'en.vtt',
      );
      await api('POST', `/videos/${videoId}/${kind}/en`, form);
    };
    await upload('captions', 'Hello from the emulator');
    await upload('chapters', 'Opening');
    const list = <T>(kind: string) => api<{ data: T[] }>('GET', `/videos/${videoId}/${kind}`).then((r) => r.data);
    const captions = await list<{ src: string; srclang: string; languageName?: string }>('captions');
    const chapters = await list<{ src: string; language: string }>('chapters');
    const video = videoElement();
    const player = track(
      createPlayer(video, { videoId, deliveryBaseUrl: emulatorUrl, muted: true, captions, chapters }),
    );
    await until(() => player.getSnapshot().textTracks.length === 2, 'two text tracks');
    expect(player.getSnapshot().textTracks.map(({ kind, language }) => ({ kind, language }))).toEqual([
      { kind: 'captions', language: 'en' },
      { kind: 'chapters', language: 'en' },
    ]);
    const [captionTrack, chapterTrack] = Array.from(video.textTracks);
    captionTrack!.mode = 'showing';
    await until(() => captionTrack!.cues?.length && chapterTrack!.cues?.length, 'the cues load');
    expect((captionTrack!.cues![0] as VTTCue).text).toBe('Hello from the emulator');
    expect((chapterTrack!.cues![0] as VTTCue).text).toBe('Opening');
  });

  it('setOptions() replaces the source: an offline live stream, then a VOD that plays', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const player = track(
      createPlayer(videoElement(), {
        liveStreamId: 'li0000000000000000000001',
        token: 'none',
        deliveryBaseUrl: emulatorUrl,
        autoplay: true,
        muted: true,
      }),
    );
    await until(() => player.getSnapshot().status === 'offline', 'offline live stream');
    expect(player.getSnapshot().isLive).toBe(true);
    player.setOptions({ videoId, deliveryBaseUrl: emulatorUrl });
    await until(() => player.getSnapshot().currentTime > 1, 'the VOD plays after setOptions()');
    expect(player.getSnapshot()).toMatchObject({ status: 'playing', isLive: false });
  });

  it('reports not_found for a video that does not exist', async () => {
    const player = track(
      createPlayer(videoElement(), { videoId: 'vi0000000000000000000000', deliveryBaseUrl: emulatorUrl }),
    );
    await until(() => player.getSnapshot().status === 'error', 'status error');
    expect(player.getSnapshot().error).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('destroy()', () => {
  it('100 create/destroy cycles leave no hls.js instance, timer, listener or track behind', async () => {
    const videoId = await sharedClip({ duration: 4 });
    const { default: Hls } = await import('hls.js');
    let alive = 0;
    let created = 0;
    // Test-only instrumentation through the public loader option: count live hls.js instances.
    class CountedHls extends Hls {
      constructor(config?: ConstructorParameters<typeof Hls>[0]) {
        super(config);
        alive++;
        created++;
      }
      override destroy() {
        alive--;
        super.destroy();
      }
    }
    const loadHls = async () => CountedHls;

    const video = videoElement();
    const listeners = countListeners([video, video.textTracks, document, window]);
    const timers = countTimers(/hls|player\/|poller|live-status/);
    try {
      for (let i = 0; i < 100; i++) {
        // Every tenth is an offline (private, so its probes never mix with the public-manifest counts that
        // live.browser.test.ts asserts) live stream: its probe loop must stop too.
        const source = i % 10 === 9 ? { liveStreamId: 'li0000000000000000000000', token: 'none' } : { videoId };
        const player = createPlayer(video, {
          ...source,
          deliveryBaseUrl: emulatorUrl,
          muted: true,
          loadHls,
          captions: [],
        });
        // Half are destroyed while loading, half once hls.js has parsed the manifest.
        if (i % 2 === 0 && !('liveStreamId' in source)) {
          await until(() => player.getSnapshot().qualities.length > 0, 'manifest parsed');
        }
        player.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(created).toBeGreaterThanOrEqual(45);
      expect(alive).toBe(0);
      expect(listeners.net()).toEqual([0, 0, 0, 0]);
      expect(timers.pending()).toBe(0);
      expect(video.hasAttribute('src')).toBe(false);
      expect(video.querySelectorAll('track')).toHaveLength(0);
    } finally {
      listeners.restore();
      timers.restore();
    }
  });
});

/** Wraps add/removeEventListener of each target to tell how many listeners are still attached. */
function countListeners(targets: EventTarget[]) {
  const counts = targets.map(() => 0);
  const originals = targets.map((target, index) => {
    const { addEventListener: add, removeEventListener: remove } = target;
    const attached = new Set<string>();
    target.addEventListener = function (type: string, listener: unknown, options?: unknown) {
      const key = `${type}`;
      if (listener) {
        const id = `${key}:${listenerId(listener)}:${captureOf(options)}`;
        if (!attached.has(id)) {
          attached.add(id);
          counts[index]!++;
        }
      }
      return add.call(target, type, listener as EventListener, options as AddEventListenerOptions);
    };
    target.removeEventListener = function (type: string, listener: unknown, options?: unknown) {
      const id = `${type}:${listenerId(listener)}:${captureOf(options)}`;
      if (attached.delete(id)) counts[index]!--;
      return remove.call(target, type, listener as EventListener, options as EventListenerOptions);
    };
    return { add, remove };
  });
  return {
    net: () => [...counts],
    restore() {
      targets.forEach((target, index) => {
        target.addEventListener = originals[index]!.add;
        target.removeEventListener = originals[index]!.remove;
      });
    },
  };
}

const ids = new WeakMap<object, number>();
let nextId = 0;
const listenerId = (listener: unknown) => {
  if (typeof listener !== 'object' && typeof listener !== 'function') return 'none';
  let id = ids.get(listener as object);
  if (id === undefined) ids.set(listener as object, (id = ++nextId));
  return id;
};
const captureOf = (options: unknown) =>
  typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);

/** Tracks timeouts and intervals whose creation stack matches `origin` and that neither fired nor were cleared. */
function countTimers(origin: RegExp) {
  const pending = new Set<number>();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  const ours = () => origin.test(new Error().stack ?? '');
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const track = ours();
    const id: number = st(
      (...inner: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    if (track) pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = si(handler, ms, ...args);
    if (ours()) pending.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  return {
    pending: () => pending.size,
    restore() {
      Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci });
    },
  };
}
