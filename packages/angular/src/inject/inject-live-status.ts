import { effect, untracked, type Signal } from '@angular/core';
import { watchLiveStatus, type LiveStatusSnapshot, type WatchLiveStatusOptions } from '@vidkit/core';
import { injectVidkitConfig } from '../config.js';
import { inBrowser, read, storeSignal, type MaybeReactive } from './reactive.js';

/**
 * Whether a live stream is broadcasting, as a read-only signal: `{ status: 'unknown' | 'live' | 'offline' | 'error',
 * since, checkedAt }`. A bridge over core's `watchLiveStatus` (one watcher per injection context; a new id or new
 * options reach it through `setOptions`; every watcher of the same stream shares one poll). `null` polls nothing,
 * and nothing polls during server rendering. `deliveryBaseUrl` defaults to `provideVidkit`'s.
 *
 * @example
 * readonly liveStreamId = input.required<string>();
 * readonly live = injectLiveStatus(this.liveStreamId);
 * // template: {{ live().status }}
 */
export function injectLiveStatus(
  liveStreamId: MaybeReactive<string | null | undefined>,
  options: MaybeReactive<WatchLiveStatusOptions> = {},
): Signal<LiveStatusSnapshot> {
  const config = injectVidkitConfig();
  const props = () => {
    const { source, manifestUrl, interval, deliveryBaseUrl = config.deliveryBaseUrl } = read(options);
    // Every option named, so one that goes away goes back to its default.
    return { liveStreamId: read(liveStreamId) ?? null, source, manifestUrl, interval, deliveryBaseUrl };
  };
  // Inputs are not bound yet (a required one throws when read): the effect gives the watcher its stream.
  const watcher = watchLiveStatus(null);
  const browser = inBrowser();
  if (browser) {
    effect(() => {
      const next = props();
      untracked(() => watcher.setOptions(next));
    });
  }
  return storeSignal(watcher, browser);
}
