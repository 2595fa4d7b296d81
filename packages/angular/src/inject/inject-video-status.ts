import { effect, untracked, type Signal } from '@angular/core';
import { watchVideoStatus, type VideoStatusSnapshot, type WatchVideoStatusOptions } from '@vidkit/core';
import { injectVidkitConfig } from '../config.js';
import { inBrowser, read, storeSignal, type MaybeReactive } from './reactive.js';

/**
 * A video's ingest and encoding state (`status`, `playable`, per-quality `qualities`) as a read-only signal, kept
 * fresh by core's shared poller: a bridge over `watchVideoStatus` (one watcher per injection context; changes reach
 * it through `setOptions`; one request per interval however many watch). `null` polls nothing, and nothing polls
 * during server rendering. Pass a `fetcher` that asks your backend, or a `credential`; keep either stable.
 *
 * @example
 * readonly status = injectVideoStatus(this.videoId, { fetcher: (id) => this.http.get(`/api/videos/${id}/status`) … });
 * // template: @if (status().playable) { <vidkit-video-player [videoId]="videoId()" /> }
 */
export function injectVideoStatus(
  videoId: MaybeReactive<string | null | undefined>,
  options: MaybeReactive<WatchVideoStatusOptions>,
): Signal<VideoStatusSnapshot> {
  const config = injectVidkitConfig();
  const props = () => {
    const { credential, fetcher, interval, apiBaseUrl = config.apiBaseUrl } = read(options);
    return { videoId: read(videoId) ?? null, credential, fetcher, interval, apiBaseUrl };
  };
  // Inputs are not bound yet (a required one throws when read): the effect gives the watcher its id.
  const watcher = watchVideoStatus(null, {});
  const browser = inBrowser();
  if (browser) {
    effect(() => {
      const next = props();
      untracked(() => watcher.setOptions(next));
    });
  }
  return storeSignal(watcher, browser);
}
