import { VidkitError } from '../errors.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import { probeLiveManifest } from '../status/live-manifest.js';
import type { LiveStatusSnapshot } from '../status/live-status.js';
import { findPoller, PUBLIC } from '../status/poller.js';
import { loadHlsOnce, type HlsLoader } from './hls-loader.js';
import { isHlsUrl, prefersNativeHls } from './hls-support.js';
import type { HlsConstructor, HlsInstance } from './hls-types.js';
import { prefetchPlaylist, servePrefetched } from './playlist-prefetch.js';
import { openSession } from './session.js';
import { bufferedEnd, initialSnapshot, readTextTracks, type PlayerSnapshot, type PlayerStatus } from './snapshot.js';
import { resolveSource, withSession, type PlayerSource, type ResolvedSource } from './source.js';

export interface PlayerOptions extends PlayerSource {
  /** Start playing as soon as possible (and when a live stream goes live), where the browser's policy allows. */
  autoplay?: boolean;
  muted?: boolean;
  loop?: boolean;
  /** Position in seconds to start a VOD at. */
  startAt?: number;
  /**
   * hls.js configuration, merged over the player's. Giving `loader`, `pLoader`, `xhrSetup` or `fetchSetup` turns
   * off the manifest prefetch, so every playlist request goes through them.
   */
  hls?: Record<string, unknown>;
  /** Loads hls.js when needed. Default `() => import('hls.js')`; e.g. `() => import('hls.js/light')`. */
  loadHls?: HlsLoader;
  /**
   * Longest wait between checks of an offline live stream's manifest (they back off from 1 s). Default 5 000.
   * While `watchLiveStatus` watches the same manifest on the page, the player follows its checks instead.
   */
  liveCheckInterval?: number;
}

/** A headless player bound to one `<video>`: a store of `PlayerSnapshot` plus commands. */
export interface Player extends ReadableStore<PlayerSnapshot> {
  /** Starts playback; rejects when the browser refuses (e.g. autoplay policy without `muted`). */
  play(): Promise<void>;
  pause(): void;
  /** Jumps to `time` seconds. */
  seek(time: number): void;
  /** Picks a rendition by height, or `'auto'` for adaptive bitrate. No effect with native HLS. */
  setQuality(quality: 'auto' | number): void;
  setMuted(muted: boolean): void;
  /** Volume between 0 and 1. */
  setVolume(volume: number): void;
  setRate(rate: number): void;
  /** Fullscreen for `element` (default: the video; pass your player's container to keep custom controls). */
  requestFullscreen(element?: Element): Promise<void>;
  requestPictureInPicture(): Promise<void>;
  /** Replaces the source (tracks, qualities and live watching follow); player options stay. */
  load(source: PlayerSource): void;
  /** Releases hls.js, timers, listeners and added tracks. The element is left empty and reusable. */
  destroy(): void;
}

// Literal codes (type-checked against ErrorCode) keep the code table out of the 4 kB player bundle.
const playbackError = (message: string, cause?: unknown) => new VidkitError('playback_error', message, { cause });
const unsupported = (what: string) => new VidkitError('unsupported_environment', `${what} is not available here.`);

/**
 * Creates a headless player on a `<video>` element for an api.video VOD, live stream or any HLS/mp4 URL.
 * Uses native HLS on Safari, otherwise hls.js, imported only then and once per page; the manifest is fetched
 * while hls.js loads, one round trip less before the first frame. Private videos play through
 * one token (a session). A live stream that is offline shows `status: 'offline'` and starts by itself when it
 * goes live.
 *
 * @example
 * const player = createPlayer(document.querySelector('video')!, { videoId: 'vi4blUQJFrYWbaG44NChkH27', muted: true });
 * player.subscribe(() => render(player.getSnapshot()));
 * await player.play();
 */
export function createPlayer(video: HTMLVideoElement, options: PlayerOptions): Player {
  if (typeof document === 'undefined' || typeof video?.addEventListener !== 'function') {
    throw unsupported('createPlayer (it needs a browser and a <video>)');
  }
  const { autoplay = false, muted, loop, startAt, hls: hlsConfig, loadHls, liveCheckInterval = 5000 } = options;
  if (muted !== undefined) video.muted = muted;
  if (loop !== undefined) video.loop = loop;
  video.playsInline = true;

  let resolved: ResolvedSource = resolveSource(options);
  let currentSource: PlayerSource = options;
  const store = createStore<PlayerSnapshot>(initialSnapshot(video, resolved.live));
  const disposers: (() => void)[] = [];
  const sourceCleanup: (() => void)[] = [];
  let hls: HlsInstance | undefined;
  let nativeSrc = false;
  let wantsPlay = autoplay;
  let generation = 0;
  let tracksFor = -1;
  let destroyed = false;

  const status = () => store.getSnapshot().status;
  const setStatus = (next: PlayerStatus) => store.update({ status: next });
  const fail = (error: VidkitError) => store.update({ status: 'error', error });
  const listen = (target: EventTarget, types: string, handler: () => void, bucket = disposers) => {
    for (const type of types.split(' ')) {
      target.addEventListener(type, handler);
      bucket.push(() => target.removeEventListener(type, handler));
    }
  };

  listen(video, 'timeupdate progress seeked', () =>
    store.update({ currentTime: video.currentTime, buffered: bufferedEnd(video.buffered, video.currentTime) }),
  );
  listen(video, 'durationchange', () =>
    store.update({ duration: video.duration, isLive: resolved.live || video.duration === Infinity }),
  );
  listen(video, 'volumechange', () => store.update({ volume: video.volume, muted: video.muted }));
  listen(video, 'ratechange', () => store.update({ rate: video.playbackRate }));
  listen(video, 'loadeddata canplay', () => {
    if (status() === 'loading') setStatus(video.paused ? 'ready' : 'buffering');
  });
  listen(video, 'playing', () => setStatus('playing'));
  listen(video, 'pause', () => {
    if (!video.ended && status() !== 'offline' && status() !== 'error' && status() !== 'loading') setStatus('paused');
  });
  listen(video, 'waiting', () => {
    if (!video.paused && status() !== 'offline') setStatus('buffering');
  });
  listen(video, 'ended', () => setStatus('ended'));
  listen(video, 'error', () => {
    // hls.js reports its own errors; only a source the browser loads itself ends up here (live: see start()).
    if (nativeSrc && video.error && !resolved.live) {
      fail(playbackError(`The browser could not play the media (${video.error.code}).`));
    }
  });
  listen(video.textTracks, 'addtrack removetrack change', () => store.update({ textTracks: readTextTracks(video) }));

  const detachMedia = () => {
    hls?.destroy();
    hls = undefined;
    if (nativeSrc) {
      nativeSrc = false;
      video.removeAttribute('src');
      video.load();
    }
  };

  const stale = (gen: number) => destroyed || gen !== generation;

  const addTrack = (kind: string, src: string, srclang = '', label = srclang, isDefault = false) => {
    if (video.crossOrigin === null) {
      // Track files are fetched with CORS only when the element asks for it.
      video.crossOrigin = 'anonymous';
      sourceCleanup.push(() => video.removeAttribute('crossorigin'));
    }
    const element = Object.assign(document.createElement('track'), { kind, src, srclang, label, default: isDefault });
    video.appendChild(element);
    // Chapters must not stay disabled, or their cues never load.
    if (kind === 'chapters') element.track.mode = 'hidden';
    sourceCleanup.push(() => element.remove());
  };

  const attach = async (gen: number, hlsReady: Promise<HlsConstructor> | undefined, onLiveFatal?: () => void) => {
    const { url, privatePrefix } = resolved;
    const controller = new AbortController();
    sourceCleanup.push(() => controller.abort());
    let session: string | undefined;
    if (privatePrefix) session = await openSession(privatePrefix, controller.signal);
    if (stale(gen)) return;
    if (tracksFor !== gen) {
      tracksFor = gen;
      const own = (src: string) => (privatePrefix && src.startsWith(privatePrefix) ? withSession(src, session) : src);
      for (const c of currentSource.captions ?? []) {
        addTrack('captions', own(c.src), c.srclang, c.label ?? c.languageName ?? c.srclang, c.default);
      }
      for (const c of currentSource.chapters ?? []) addTrack('chapters', own(c.src), c.language, 'Chapters');
    }
    if (!hlsReady) {
      nativeSrc = true;
      video.src = withSession(url, session);
      if (startAt) {
        const seekOnce = () => (video.currentTime = startAt);
        video.addEventListener('loadedmetadata', seekOnce, { once: true });
        sourceCleanup.push(() => video.removeEventListener('loadedmetadata', seekOnce));
      }
    } else {
      const manifest = withSession(url, session);
      // Unless the app loads playlists its own way, the manifest is fetched while hls.js is still on its way.
      const early = ['loader', 'pLoader', 'xhrSetup', 'fetchSetup'].some((key) => key in (hlsConfig ?? {}))
        ? undefined
        : prefetchPlaylist(manifest, controller.signal);
      const Hls = await hlsReady;
      if (stale(gen)) return;
      if (!Hls.isSupported()) throw unsupported('HLS (neither native nor with MediaSource)');
      const instance = (hls = new Hls({
        ...(startAt && { startPosition: startAt }),
        ...(early && { pLoader: servePrefetched(Hls.DefaultConfig.loader, manifest, early) }),
        ...(session && {
          // Every manifest, key and segment request carries the session (api.video private videos).
          xhrSetup: (xhr: XMLHttpRequest, target: string) => xhr.open('GET', withSession(target, session), true),
          fetchSetup: (context: { url: string }, init: RequestInit) =>
            new Request(withSession(context.url, session), init),
        }),
        ...hlsConfig,
      }));
      let recovered = false;
      const { Events } = Hls;
      instance.on(Events.MANIFEST_PARSED, () =>
        store.update({
          qualities: instance.levels
            .map(({ height, width, bitrate }) => ({ height, width, bitrate }))
            .sort((a, b) => a.height - b.height),
        }),
      );
      instance.on(Events.LEVEL_SWITCHED, (_: string, data: { level: number }) =>
        store.update({ activeQuality: instance.levels[data.level]?.height }),
      );
      instance.on(Events.LEVEL_LOADED, (_: string, data: { details?: { live?: boolean } }) =>
        store.update({ isLive: resolved.live || data.details?.live === true }),
      );
      instance.on(Events.ERROR, (_: string, data: { fatal?: boolean; type?: string; details?: string }) => {
        if (!data.fatal) return;
        if (onLiveFatal) return onLiveFatal();
        if (data.type === 'mediaError' && !recovered) {
          recovered = true;
          return instance.recoverMediaError();
        }
        detachMedia();
        fail(playbackError(`Playback failed (${data.details}): does the video exist and is it encoded?`, data));
      });
      instance.loadSource(manifest);
      instance.attachMedia(video);
    }
    if (wantsPlay) video.play().catch(() => {});
  };

  const start = () => {
    const gen = ++generation;
    const source = resolved;
    store.update({ ...initialSnapshot(video, source.live), textTracks: store.getSnapshot().textTracks });
    // hls.js is fetched at once, in parallel with the private-video session or the live probe, not after them.
    // The rejection of a failed import surfaces through attach; this copy only must not go unhandled.
    const hlsReady = isHlsUrl(source.url) && !prefersNativeHls(video) ? loadHlsOnce(loadHls) : undefined;
    hlsReady?.catch(() => {});
    const run = (onLiveFatal?: () => void) =>
      attach(gen, hlsReady, onLiveFatal).catch((error: unknown) => {
        if (!stale(gen)) fail(error instanceof VidkitError ? error : playbackError(String(error), error));
      });
    if (!source.live) return void run();

    // Live: the public manifest answers 404 while offline. When watchLiveStatus already polls it (a status badge of
    // the stream on this page), join that shared loop rather than probe too: one request per interval for both.
    // Otherwise probe here, re-checking with backoff (1 s, 2 s, 4 s… up to liveCheckInterval) and looking for such
    // a loop before each check. (Creating the loop here would put the poller and its managers, ~0.95 kB gzip, into
    // the 4 kB player.) After a break, only answers newer than it count: the loop still remembers the broadcast.
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let since = Date.now() - liveCheckInterval;
    let unwatch: (() => void) | undefined;
    const answer = (live: boolean, error: VidkitError | undefined) => {
      store.update({ error });
      if (!live) return setStatus('offline');
      attempt = 0;
      unwatch?.();
      unwatch = undefined;
      setStatus('loading');
      void run(recheck);
    };
    const recheck = () => {
      detachMedia();
      setStatus('offline');
      since = Date.now();
      clearTimeout(timer);
      timer = setTimeout(check, Math.min(liveCheckInterval, 1000 * 2 ** attempt++));
    };
    const check = async () => {
      const shared = findPoller<LiveStatusSnapshot>(PUBLIC, source.url);
      if (shared) {
        const onShared = () => {
          const { status: live, checkedAt, error } = shared.getSnapshot();
          // A 'live' from before the last break is stale; the manifest loop's errors are probeLiveManifest's.
          if (live !== 'unknown' && (live !== 'live' || checkedAt! > since)) {
            answer(live === 'live', error as VidkitError | undefined);
          }
        };
        unwatch = shared.watch(onShared, liveCheckInterval);
        return onShared();
      }
      let live = false;
      let error: VidkitError | undefined;
      try {
        live = await probeLiveManifest(source.url, controller.signal);
      } catch (cause) {
        // Past a teardown's abort, probeLiveManifest throws VidkitErrors (network_error, api_error).
        error = cause as VidkitError;
      }
      if (stale(gen)) return;
      answer(live, error);
      if (!live) recheck();
    };
    // A broadcast that ends with an ENDLIST plays out to 'ended': the stream is offline again, watch for the next.
    listen(video, 'ended', recheck, sourceCleanup);
    // Native HLS has no fatal-error event like hls.js's. It fails a playlist still too short to play (Chromium, on a
    // first one-segment window): re-check. And it waits forever on a playlist that has gone (404 when the broadcast
    // stops): a wait that lasts liveCheckInterval checks the stream again, which goes offline or re-attaches.
    let stalled: ReturnType<typeof setTimeout> | undefined;
    listen(video, 'error', () => nativeSrc && recheck(), sourceCleanup);
    listen(
      video,
      'waiting',
      () => {
        clearTimeout(stalled);
        if (nativeSrc) stalled = setTimeout(check, liveCheckInterval);
      },
      sourceCleanup,
    );
    listen(video, 'playing', () => clearTimeout(stalled), sourceCleanup);
    sourceCleanup.push(() => {
      controller.abort();
      clearTimeout(timer);
      clearTimeout(stalled);
      unwatch?.();
    });
    void check();
  };

  const teardown = () => {
    for (const cleanup of sourceCleanup.splice(0).reverse()) cleanup();
    detachMedia();
  };

  start();

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    play() {
      wantsPlay = true;
      return video.play();
    },
    pause() {
      wantsPlay = false;
      video.pause();
    },
    seek(time) {
      video.currentTime = time;
    },
    setQuality(quality) {
      store.update({ quality });
      if (!hls) return;
      const index = quality === 'auto' ? -1 : hls.levels.findIndex((level) => level.height === quality);
      if (quality === 'auto' || index >= 0) hls.currentLevel = index;
    },
    setMuted(value) {
      video.muted = value;
    },
    setVolume(volume) {
      video.volume = Math.min(1, Math.max(0, volume));
    },
    setRate(rate) {
      video.playbackRate = rate;
    },
    async requestFullscreen(element = video) {
      // iOS Safari has fullscreen only for <video>, under its own name.
      const legacy = (element as { webkitEnterFullscreen?: () => void }).webkitEnterFullscreen;
      if (element.requestFullscreen) await element.requestFullscreen();
      else if (legacy) legacy.call(element);
      else throw unsupported('Fullscreen');
    },
    async requestPictureInPicture() {
      if (!video.requestPictureInPicture) throw unsupported('Picture-in-picture');
      await video.requestPictureInPicture();
    },
    load(source) {
      if (destroyed) return;
      const next = resolveSource(source);
      teardown();
      resolved = next;
      currentSource = source;
      start();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      teardown();
      for (const dispose of disposers.splice(0)) dispose();
    },
  };
}
