import type { VidkitError } from '../errors.js';
import type { VideoStatusFetcher } from '../status/video-status.js';
import type { ReadableStore } from '../internal/store.js';
import type { HlsLoader } from './hls-loader.js';
import type { PlayerSnapshot, PlayerStatus } from './snapshot.js';
import type { PlayerSource } from './source.js';

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
  /** Loads hls.js when needed. Default `() => import('hls.js')`; e.g. `loadHlsLight` for its light build. */
  loadHls?: HlsLoader;
  /**
   * Longest wait between checks of an offline live stream's manifest (they back off from 1 s). Default 5 000.
   * While `watchLiveStatus` watches the same manifest on the page, the player follows its checks instead.
   */
  liveCheckInterval?: number;
  /**
   * Your status source for a VOD (e.g. your backend proxying `GET /videos/{id}/status`). Optional: without it a video
   * still encoding shows `processing` and plays when it can; with it, a video whose encoding failed becomes a final
   * `error` with code `encoding_failed` instead of waiting forever.
   */
  getVideoStatus?: VideoStatusFetcher | undefined;
  /**
   * Report playback to api.video's analytics, as its own players do (its collector protocol v2). Default `true` for
   * api.video sources (`videoId`, `liveStreamId`, `video`); a plain `src` never reports. Read with each new source.
   */
  analytics?: boolean | undefined;
  /**
   * Where playback reports go (`{collectorUrl}/watch`). Default `deliveryBaseUrl` when one is set (the emulator
   * counts them), else `https://collector.api.video`. Read with each new source.
   */
  collectorUrl?: string | undefined;
  /**
   * Called once per failure with the error the snapshot now holds (not while a video is `processing`: that is not a
   * failure). Read when it fires (`setOptions` replaces it).
   */
  onError?: ((error: VidkitError) => void) | undefined;
  /** Called with each new `status` (`loading`, `processing`, `playing`, …). Read when it fires. */
  onStatusChange?: ((status: PlayerStatus) => void) | undefined;
  /**
   * For live sources: called with `false` when the stream is (or goes) offline and `true` when it goes live, once
   * per change (`playerLiveFlag`). Read when it fires.
   */
  onLiveChange?: ((live: boolean) => void) | undefined;
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
  /**
   * Takes new options, merged over the current ones (TanStack Query's `setOptions`), so a framework adapter only
   * passes its new props. A partial that names a source (`videoId`, `liveStreamId`, `src` or `video`) replaces the
   * whole source (`token`, `captions` and `chapters` included). The same source again does nothing: no request, no
   * reload. A different one swaps in on the same `<video>` (the old hls.js instance and session go, tracks,
   * qualities and live watching follow). `muted` and `loop` apply at once; `autoplay`, `startAt`, `hls`, `loadHls`
   * and `liveCheckInterval` from the next source on (`autoplay` also for a live stream still offline).
   * Throws a `VidkitError` with code `invalid_options` for a source that is not exactly one of the four; the player keeps
   * the old one then.
   *
   * @example
   * player.setOptions({ videoId: next }); // one new manifest request, same element
   */
  setOptions(options: Partial<PlayerOptions>): void;
  /** Releases hls.js, timers, listeners and added tracks. The element is left empty and reusable. */
  destroy(): void;
}
