import { createPlayer, withPlayerConfig, type Player, type PlayerOptions, type PlayerSnapshot } from '@vidkit/core';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';

/** Options of {@link player}: a source (`videoId` | `liveStreamId` | `src` | `video`) and player options. */
export type PlayerStateOptions = PlayerOptions;

/** What {@link player} returns. */
export interface PlayerState {
  /** Attach it to your `<video>`: `<video {@attach video.attach}>`. */
  readonly attach: Attachment<HTMLVideoElement>;
  /** The core player, `null` until the video element is attached (and on the server). */
  readonly player: Player | null;
  /** The player's snapshot (status, currentTime, qualities…), reactive; `undefined` until the player exists. */
  readonly current: PlayerSnapshot | undefined;
}

/**
 * A headless player for your own `<video>` and controls: a bridge over core's `createPlayer` (HLS, hls.js loading,
 * private tokens, live re-checks and source comparison live in core). The options are a getter: when what it reads
 * changes, the player gets them through `setOptions` (the same source again does nothing, a new one swaps in on the
 * same element). `deliveryBaseUrl`, `collectorUrl` and `loadHls` default to the context's. The player is destroyed with the element.
 *
 * @example
 * const video = player(() => ({ videoId, muted: true }));
 * <video {@attach video.attach}></video>
 * <button onclick={() => video.player?.play()}>{video.current?.status}</button>
 */
export function player(options: () => PlayerStateOptions): PlayerState {
  const config = readVidkitConfig();
  const resolved = () => withPlayerConfig(options(), config());
  let current = $state.raw<Player | null>(null);
  const snapshot = $derived(current && subscribed(current));
  $effect.pre(() => current?.setOptions(resolved()));
  return {
    attach: (element) => {
      const created = createPlayer(element, untrack(resolved));
      current = created;
      return () => {
        created.destroy();
        if (current === created) current = null;
      };
    },
    get player() {
      return current;
    },
    get current() {
      return snapshot?.();
    },
  };
}
