'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPlayer, type Player, type PlayerOptions, type PlayerSnapshot } from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
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
 * private tokens and live re-checks all live in core). Source changes reload the same player; the other options
 * are read when the element mounts. `deliveryBaseUrl` and `loadHls` default to the `<VidkitProvider>`'s.
 *
 * @example
 * const { ref, player, state } = usePlayer({ videoId, muted: true });
 * <video ref={ref} /> <button onClick={() => player?.play()}>{state?.status}</button>
 */
export function usePlayer(options: UsePlayerOptions): UsePlayerResult {
  const settings = useVidkitConfig();
  const latest = useLatest({ options, settings });
  const [player, setPlayer] = useState<Player | null>(null);
  const loaded = useRef<string | undefined>(undefined);

  const current = useRef<Player | null>(null);
  const ref = useCallback(
    (element: HTMLVideoElement | null) => {
      current.current?.destroy();
      current.current = null;
      if (element) {
        const { options: o, settings: s } = latest.current;
        loaded.current = sourceKey(o);
        current.current = createPlayer(element, {
          ...o,
          deliveryBaseUrl: o.deliveryBaseUrl ?? s.deliveryBaseUrl,
          loadHls: o.loadHls ?? s.loadHls,
        });
      }
      setPlayer(current.current);
    },
    [latest],
  );

  const key = sourceKey(options);
  useEffect(() => {
    if (!player || key === loaded.current) return;
    loaded.current = key;
    const { options: o, settings: s } = latest.current;
    player.load({ ...pickSource(o), deliveryBaseUrl: o.deliveryBaseUrl ?? s.deliveryBaseUrl });
  }, [player, key, latest]);

  const { muted } = options;
  useEffect(() => {
    if (player && muted !== undefined) player.setMuted(muted);
  }, [player, muted]);

  return { ref, player, state: useStore(player) };
}

function pickSource({ videoId, liveStreamId, src, video, token, deliveryBaseUrl, captions, chapters }: PlayerOptions) {
  return { videoId, liveStreamId, src, video, token, deliveryBaseUrl, captions, chapters };
}

/** Identity of a source: a change reloads the player. */
function sourceKey(o: PlayerOptions): string {
  return JSON.stringify([
    o.videoId,
    o.liveStreamId,
    o.src,
    o.video?.videoId ?? o.video?.liveStreamId,
    o.video?.assets?.hls,
    o.token,
    o.deliveryBaseUrl,
  ]);
}
