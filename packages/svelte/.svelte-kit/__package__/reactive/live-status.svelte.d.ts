import { type LiveStatusSnapshot, type WatchLiveStatusOptions } from '@vidkit/core';
/** Options of {@link liveStatus}: the stream to watch (`null` watches nothing) and core's watch options. */
export interface LiveStatusOptions extends WatchLiveStatusOptions {
  liveStreamId: string | null | undefined;
}
/** What {@link liveStatus} returns. */
export interface LiveStatusState {
  /** `{ status: 'unknown' | 'live' | 'offline' | 'error', since, checkedAt }`, reactive. */
  readonly current: LiveStatusSnapshot;
}
/**
 * Whether a live stream is broadcasting, as reactive state: a bridge over core's `watchLiveStatus` (one watcher per
 * call; every watcher of the same stream shares one poll). The options are a getter: a new id (or `null`) or interval
 * reaches the watcher through `setOptions`. It polls only while `current` is read, and never on the server.
 * `deliveryBaseUrl` defaults to the context's.
 *
 * @example
 * const live = liveStatus(() => ({ liveStreamId }));
 * {#if live.current.status === 'live'}On air{/if}
 */
export declare function liveStatus(options: () => LiveStatusOptions): LiveStatusState;
//# sourceMappingURL=live-status.svelte.d.ts.map
