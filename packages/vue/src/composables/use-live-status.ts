import { toValue, watchEffect, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { watchLiveStatus, type LiveStatusSnapshot, type WatchLiveStatusOptions } from '@vidkit/core';
import { useVidkitConfig } from '../config.js';
import { useStore } from './store.js';

/**
 * Whether a live stream is broadcasting, as a readonly shallow ref of `{ status: 'unknown' | 'live' | 'offline' |
 * 'error', since, checkedAt }`: a bridge over core's `watchLiveStatus`. The stream id and the options may be values,
 * refs or getters; a change goes to the running watcher (`setOptions`), and every watcher of one stream shares one
 * poll. It polls while its effect scope lives, in the browser only; `null` polls nothing. `deliveryBaseUrl` defaults
 * to the provided config's.
 *
 * @example
 * const live = useLiveStatus(() => props.liveStreamId);
 * <span>{{ live.status }}</span>
 */
export function useLiveStatus(
  liveStreamId: MaybeRefOrGetter<string | null | undefined>,
  options: MaybeRefOrGetter<WatchLiveStatusOptions> = {},
): Readonly<ShallowRef<LiveStatusSnapshot>> {
  const config = useVidkitConfig();
  const resolve = () => {
    const { source, manifestUrl, interval, deliveryBaseUrl = config.value.deliveryBaseUrl } = toValue(options);
    // Every option named, so one that goes away goes back to its default.
    return { liveStreamId: toValue(liveStreamId) ?? null, source, manifestUrl, interval, deliveryBaseUrl };
  };
  const first = resolve();
  const watcher = watchLiveStatus(first.liveStreamId, first);
  watchEffect(() => watcher.setOptions(resolve()));
  return useStore(watcher, watcher.getSnapshot());
}
