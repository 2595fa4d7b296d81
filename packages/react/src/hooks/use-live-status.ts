'use client';
import { useMemo } from 'react';
import {
  watchLiveStatus,
  UNKNOWN_LIVE_STATUS,
  type LiveStatusSnapshot,
  type WatchLiveStatusOptions,
} from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useStore } from './use-store.js';

/**
 * Whether a live stream is broadcasting: `{ status: 'unknown' | 'live' | 'offline' | 'error', since, checkedAt }`.
 * Every component watching the same stream shares one poll (core's `watchLiveStatus`); polling runs while mounted.
 * A custom `source` function must be stable (module scope or `useCallback`): a new one starts a new watch.
 * `deliveryBaseUrl` defaults to the `<VidkitProvider>`'s.
 *
 * @example
 * const { status } = useLiveStatus('li4pqNqGUkhKfWcBGpZVLRY5');
 */
export function useLiveStatus(
  liveStreamId: string | null | undefined,
  options: WatchLiveStatusOptions = {},
): LiveStatusSnapshot {
  const settings = useVidkitConfig();
  const { source, manifestUrl, interval } = options;
  const deliveryBaseUrl = options.deliveryBaseUrl ?? settings.deliveryBaseUrl;
  const watcher = useMemo(
    () => (liveStreamId ? watchLiveStatus(liveStreamId, { source, deliveryBaseUrl, manifestUrl, interval }) : null),
    [liveStreamId, source, deliveryBaseUrl, manifestUrl, interval],
  );
  return useStore(watcher) ?? UNKNOWN_LIVE_STATUS;
}
