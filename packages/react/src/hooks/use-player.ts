'use client';
import { useCallback, useRef, useState } from 'react';
import { createPlayer, withPlayerConfig, type Player, type PlayerOptions, type PlayerSnapshot } from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useLatest } from './use-latest.js';
import { useStore } from './use-store.js';

/** Options of {@link usePlayer}: a source (`videoId` | `liveStreamId` | `src` | `video`) and player options. */
export type UsePlayerOptions = PlayerOptions;

/** What {@link usePlayer} returns. */
export interface UsePlayerResult {
  /** Put it on your `<video>`: `<video ref={player.ref} />`. */
  ref: (element: HTMLVideoElement | null) => void;
  /** The core player, `null` until the video element is mounted (and during server rendering). */
  player: Player | null;
  /** The player's snapshot, `undefined` until the player exists. */
  state: PlayerSnapshot | undefined;
}

/**
 * A headless player for your own `<video>` and controls: a bridge over core's `createPlayer` (HLS, hls.js loading,
 * private tokens, live re-checks and source comparison all live in core). Every render passes the options to the
 * player's `setOptions`: the same source again does nothing, a new one swaps in on the same element.
 * `deliveryBaseUrl`, `collectorUrl` and `loadHls` default to the `<VidkitProvider>`'s.
 *
 * @example
 * const { ref, player, state } = usePlayer({ videoId, muted: true });
 * <video ref={ref} /> <button onClick={() => player?.play()}>{state?.status}</button>
 */
export function usePlayer(options: UsePlayerOptions): UsePlayerResult {
  const config = useVidkitConfig();
  const resolved = withPlayerConfig(options, config);
  const latest = useLatest(resolved);
  const [player, setPlayer] = useState<Player | null>(null);
  const current = useRef<Player | null>(null);
  const ref = useCallback(
    (element: HTMLVideoElement | null) => {
      current.current?.destroy();
      current.current = element && createPlayer(element, latest.current);
      setPlayer(current.current);
    },
    [latest],
  );
  useBrowserLayoutEffect(() => player?.setOptions(resolved));
  return { ref, player, state: useStore(player) };
}
