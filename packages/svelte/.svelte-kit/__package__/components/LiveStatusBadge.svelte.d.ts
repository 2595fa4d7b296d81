import type { WatchLiveStatusOptions } from '@vidkit/core';
/** Props of `<LiveStatusBadge>`. */
interface Props extends WatchLiveStatusOptions {
  /** The live stream to watch. */
  liveStreamId: string;
  /** Extra class names. */
  class?: string;
  /** Texts for each state, over the context's `messages.liveBadge` (e.g. for translation). */
  labels?: Partial<Record<'unknown' | 'live' | 'offline' | 'error', string>>;
}
/**
 * A badge that says whether a live stream is broadcasting, and updates itself (`data-status` is the state, for styling).
 * Shares one poll with every other watcher of the same stream.
 *
 * ```svelte
 * <LiveStatusBadge liveStreamId="li4pqNqGUkhKfWcBGpZVLRY5" />
 * ```
 */
declare const LiveStatusBadge: import('svelte').Component<Props, {}, ''>;
type LiveStatusBadge = ReturnType<typeof LiveStatusBadge>;
export default LiveStatusBadge;
//# sourceMappingURL=LiveStatusBadge.svelte.d.ts.map
