import { watchLiveStatus, type LiveStatusSnapshot, type WatchLiveStatusOptions } from '@vidkit/core';
import { untrack } from 'svelte';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';

/** Options of {@link liveStatus}: the stream to watch (`null` watches nothing) and core's watch options. */
export interface LiveStatusOptions extends WatchLiveStatusOptions {
  liveStreamId: string | null | undefined;
}

/** What {@link liveStatus} returns. */
export interface LiveStatusState {
  /** `{ status: 'unknown' | 'live' | 'offline' | 'error', since, checkedAt }`, reactive. */
  readonly current: LiveStatusSnapshot;
}

/**
 * Whether a live stream is broadcasting, as reactive state: a bridge over core's `watchLiveStatus` (one watcher per
 * call; every watcher of the same stream shares one poll). The options are a getter: a new id (or `null`) or interval
 * reaches the watcher through `setOptions`. It polls only while `current` is read, and never on the server.
 * `deliveryBaseUrl` defaults to the context's.
 *
 * @example
 * const live = liveStatus(() => ({ liveStreamId }));
 * {#if live.current.status === 'live'}On air{/if}
 */
export function liveStatus(options: () => LiveStatusOptions): LiveStatusState {
  const config = readVidkitConfig();
  const resolved = () => {
    const { liveStreamId, source, manifestUrl, interval, deliveryBaseUrl = config().deliveryBaseUrl } = options();
    // Every option named, so one that goes away goes back to its default.
    return { liveStreamId: liveStreamId ?? null, source, manifestUrl, interval, deliveryBaseUrl };
  };
  const initial = untrack(resolved);
  const watcher = watchLiveStatus(initial.liveStreamId, initial);
  $effect.pre(() => watcher.setOptions(resolved()));
  const snapshot = subscribed(watcher);
  return {
    get current() {
      return snapshot();
    },
  };
}
