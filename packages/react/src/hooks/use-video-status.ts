'use client';
import { useState } from 'react';
import { watchVideoStatus, type VideoStatusSnapshot, type WatchVideoStatusOptions } from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useStore } from './use-store.js';

/**
 * A video's ingest and encoding state (`status`, `playable`, per-quality `qualities`), kept fresh by core's shared
 * poller: a bridge over `watchVideoStatus` (one watcher per component; new props reach it through `setOptions`; one
 * request per interval however many components watch). `null`/`undefined` polls nothing. Pass a `fetcher` that asks
 * your backend, or a `credential`; keep either stable (module scope, `useMemo`), since a new one starts a new watch.
 *
 * @example
 * const status = useVideoStatus(videoId, { fetcher: (id) => fetch(`/api/videos/${id}/status`).then((r) => r.json()) });
 * if (status.playable) return <VideoPlayer videoId={videoId} />;
 */
export function useVideoStatus(
  videoId: string | null | undefined,
  options: WatchVideoStatusOptions,
): VideoStatusSnapshot {
  const config = useVidkitConfig();
  const { credential, fetcher, interval, apiBaseUrl = config.apiBaseUrl } = options;
  // Every option named, so a prop that goes away goes back to its default.
  const props = { videoId: videoId ?? null, credential, fetcher, interval, apiBaseUrl };
  const [watcher] = useState(() => watchVideoStatus(props.videoId, props));
  useBrowserLayoutEffect(() => watcher.setOptions(props));
  return useStore(watcher);
}
