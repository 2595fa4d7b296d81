'use client';
import type { WatchLiveStatusOptions } from '@vidkit/core';
import { liveBadgeLabel, playerMessages } from '@vidkit/core/ui';
import { useVidkitConfig } from '../context.js';
import { useLiveStatus } from '../hooks/use-live-status.js';

/** Props of {@link LiveStatusBadge}. */
export interface LiveStatusBadgeProps extends WatchLiveStatusOptions {
  /** The live stream to watch. */
  liveStreamId: string;
  /** Extra class names. */
  className?: string;
  /** Texts for each state, over the provider's `messages.liveBadge` (e.g. for translation). */
  labels?: Partial<Record<'unknown' | 'live' | 'offline' | 'error', string>>;
}

/**
 * A badge that says whether a live stream is broadcasting, and updates itself (`data-status` is the state, for
 * styling). Shares one poll with every other watcher of the same stream.
 *
 * @example
 * <LiveStatusBadge liveStreamId="li4pqNqGUkhKfWcBGpZVLRY5" />
 */
export default function LiveStatusBadge({ liveStreamId, className, labels, ...options }: LiveStatusBadgeProps) {
  const { status } = useLiveStatus(liveStreamId, options);
  const { messages } = useVidkitConfig();
  return (
    <span
      className={['vidkit-live-badge', className].filter(Boolean).join(' ')}
      data-status={status}
      role="status"
      aria-live="polite"
    >
      <span className="vidkit-live-badge__dot" aria-hidden="true" />
      {liveBadgeLabel(status, playerMessages({ liveBadge: { ...messages?.liveBadge, ...labels } }))}
    </span>
  );
}
