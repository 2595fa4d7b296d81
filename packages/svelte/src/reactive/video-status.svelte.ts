import { watchVideoStatus, type VideoStatusSnapshot, type WatchVideoStatusOptions } from '@vidkit/core';
import { untrack } from 'svelte';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';

/** Options of {@link videoStatus}: the video to watch (`null` watches nothing) and core's watch options. */
export interface VideoStatusOptions extends WatchVideoStatusOptions {
  videoId: string | null | undefined;
}

/** What {@link videoStatus} returns. */
export interface VideoStatusState {
  /** The video's ingest and encoding state (`status`, `playable`, per-quality `qualities`), reactive. */
  readonly current: VideoStatusSnapshot;
}

/**
 * A video's ingest and encoding state, kept fresh by core's shared poller: a bridge over `watchVideoStatus` (one
 * watcher per call; one request per interval however many watch). The options are a getter: a new id (or `null`)
 * reaches the watcher through `setOptions`. Pass a `fetcher` that asks your backend, or a `credential`; keep either
 * stable (module scope), since a new one starts a new watch. Polls only while `current` is read, never on the server.
 *
 * @example
 * const video = videoStatus(() => ({ videoId, fetcher: (id) => fetch(`/api/videos/${id}/status`).then((r) => r.json()) }));
 * {#if video.current.playable}<VideoPlayer {videoId} />{/if}
 */
export function videoStatus(options: () => VideoStatusOptions): VideoStatusState {
  const config = readVidkitConfig();
  const resolved = () => {
    const { videoId, credential, fetcher, interval, apiBaseUrl = config().apiBaseUrl } = options();
    // Every option named, so one that goes away goes back to its default.
    return { videoId: videoId ?? null, credential, fetcher, interval, apiBaseUrl };
  };
  const initial = untrack(resolved);
  const watcher = watchVideoStatus(initial.videoId, initial);
  $effect.pre(() => watcher.setOptions(resolved()));
  const snapshot = subscribed(watcher);
  return {
    get current() {
      return snapshot();
    },
  };
}
