'use client';
import { useState } from 'react';
import { watchLiveStatus, type LiveStatusSnapshot, type WatchLiveStatusOptions } from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useStore } from './use-store.js';

/**
 * Whether a live stream is broadcasting: `{ status: 'unknown' | 'live' | 'offline' | 'error', since, checkedAt }`.
 * A bridge over core's `watchLiveStatus` (one watcher per component; new props reach it through `setOptions`, and
 * every component watching the same stream shares one poll). `null`/`undefined` polls nothing. A custom `source`
 * function must be stable (module scope or `useCallback`): a new one starts a new watch.
 * `deliveryBaseUrl` defaults to the `<VidkitProvider>`'s.
 *
 * @example
 * const { status } = useLiveStatus('li4pqNqGUkhKfWcBGpZVLRY5');
 */
export function useLiveStatus(
  liveStreamId: string | null | undefined,
  options: WatchLiveStatusOptions = {},
): LiveStatusSnapshot {
  const config = useVidkitConfig();
  const { source, manifestUrl, interval, deliveryBaseUrl = config.deliveryBaseUrl } = options;
  // Every option named, so a prop that goes away goes back to its default.
  const props = { liveStreamId: liveStreamId ?? null, source, manifestUrl, interval, deliveryBaseUrl };
  const [watcher] = useState(() => watchLiveStatus(props.liveStreamId, props));
  useBrowserLayoutEffect(() => watcher.setOptions(props));
  return useStore(watcher);
}
