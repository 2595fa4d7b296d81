'use client';
import { useMemo } from 'react';
import {
  watchVideoStatus,
  UNKNOWN_VIDEO_STATUS,
  type VideoStatusSnapshot,
  type WatchVideoStatusOptions,
} from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useStore } from './use-store.js';

/**
 * A video's ingest and encoding state (`status`, `playable`, per-quality `qualities`), kept fresh by core's shared
 * poller (`watchVideoStatus`: one request per interval however many components watch). Pass a `fetcher` that asks
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
  const settings = useVidkitConfig();
  const { credential, fetcher, apiBaseUrl = settings.apiBaseUrl, interval } = options;
  const watcher = useMemo(
    () => (videoId ? watchVideoStatus(videoId, { credential, fetcher, apiBaseUrl, interval }) : null),
    [videoId, credential, fetcher, apiBaseUrl, interval],
  );
  return useStore(watcher) ?? UNKNOWN_VIDEO_STATUS;
}
