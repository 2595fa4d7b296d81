import { toValue, watchEffect, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { watchVideoStatus, type VideoStatusSnapshot, type WatchVideoStatusOptions } from '@vidkit/core';
import { useVidkitConfig } from '../config.js';
import { useStore } from './store.js';

/**
 * A video's ingest and encoding state (`status`, `playable`, per-quality `qualities`) as a readonly shallow ref: a
 * bridge over core's `watchVideoStatus` (one request per interval however many watch). The id and the options may
 * be values, refs or getters; a change goes to the running watcher (`setOptions`). It polls while its effect scope
 * lives, in the browser only; `null` polls nothing. Pass a `fetcher` that asks your backend, or a `credential`.
 *
 * @example
 * const status = useVideoStatus(videoId, { fetcher: (id) => fetch(`/api/videos/${id}/status`).then((r) => r.json()) });
 * <VideoPlayer v-if="status.playable" :video-id="videoId" />
 */
export function useVideoStatus(
  videoId: MaybeRefOrGetter<string | null | undefined>,
  options: MaybeRefOrGetter<WatchVideoStatusOptions>,
): Readonly<ShallowRef<VideoStatusSnapshot>> {
  const config = useVidkitConfig();
  const resolve = () => {
    const { credential, fetcher, interval, apiBaseUrl = config.value.apiBaseUrl } = toValue(options);
    // Every option named, so one that goes away goes back to its default.
    return { videoId: toValue(videoId) ?? null, credential, fetcher, interval, apiBaseUrl };
  };
  const first = resolve();
  const watcher = watchVideoStatus(first.videoId, first);
  watchEffect(() => watcher.setOptions(resolve()));
  return useStore(watcher, watcher.getSnapshot());
}
