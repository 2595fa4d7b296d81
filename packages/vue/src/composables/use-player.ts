import { shallowReadonly, shallowRef, toValue, watch, watchEffect, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { createPlayer, withPlayerConfig, type Player, type PlayerOptions, type PlayerSnapshot } from '@vidkit/core';
import { useVidkitConfig } from '../config.js';
import { onClient, onDispose, useStore } from './store.js';

/** Options of {@link usePlayer}: a source (`videoId` | `liveStreamId` | `src` | `video`) and player options. */
export type UsePlayerOptions = PlayerOptions;

/** What {@link usePlayer} returns. */
export interface UsePlayerReturn {
  /** The core player, `null` until the `<video>` is mounted (and during server rendering). */
  player: Readonly<ShallowRef<Player | null>>;
  /** The player's snapshot (`status`, `currentTime`, `qualities`…), `undefined` until the player exists. */
  state: Readonly<ShallowRef<PlayerSnapshot | undefined>>;
}

/**
 * A headless player for your own `<video>` and controls: a bridge over core's `createPlayer` (HLS, hls.js loading,
 * private tokens, live re-checks and source comparison all live in core). `target` is the element (a template ref);
 * the options may be a value, a ref or a getter, and a change goes to the running player (`setOptions`): the same
 * source again does nothing, a new one swaps in on the same element. The player is destroyed with the effect scope.
 * `deliveryBaseUrl`, `collectorUrl` and `loadHls` default to the provided config's.
 *
 * @example
 * const video = ref<HTMLVideoElement>();
 * const { player, state } = usePlayer(video, () => ({ videoId: props.videoId, muted: true }));
 * <video ref="video" /> <button @click="player?.play()">{{ state?.status }}</button>
 */
export function usePlayer(
  target: MaybeRefOrGetter<HTMLVideoElement | null | undefined>,
  options: MaybeRefOrGetter<UsePlayerOptions>,
): UsePlayerReturn {
  const config = useVidkitConfig();
  const resolve = (): PlayerOptions => withPlayerConfig(toValue(options), config.value);
  const player = shallowRef<Player | null>(null);
  let stop: (() => void) | undefined;
  // A player needs a <video>: on the client only, once mounted.
  onClient(() => {
    stop = watch(
      () => toValue(target),
      (element, _, onCleanup) => {
        if (!element) return void (player.value = null);
        const current = createPlayer(element, resolve());
        player.value = current;
        onCleanup(() => current.destroy());
      },
      { immediate: true, flush: 'post' },
    );
  });
  watchEffect(() => player.value?.setOptions(resolve()));
  onDispose(() => stop?.());
  return { player: shallowReadonly(player), state: useStore(player, undefined) };
}
