import {
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  effect,
  inject,
  signal,
  untracked,
  type Signal,
} from '@angular/core';
import { createPlayer, withPlayerConfig, type Player, type PlayerOptions, type PlayerSnapshot } from '@vidkit/core';
import { injectVidkitConfig } from '../config.js';
import { inBrowser, read, type MaybeReactive } from './reactive.js';

/** Options of {@link injectPlayer}: a source (`videoId` | `liveStreamId` | `src` | `video`) and player options. */
export type InjectPlayerOptions = PlayerOptions;

/** What {@link injectPlayer} returns. */
export interface InjectPlayerResult {
  /** The core player, `null` until the `<video>` is rendered (and always during server rendering). */
  readonly player: Signal<Player | null>;
  /** The player's snapshot, `undefined` until the player exists. */
  readonly state: Signal<PlayerSnapshot | undefined>;
}

/**
 * A headless player for your own `<video>`: a bridge over core's `createPlayer` (HLS, hls.js loading, private
 * tokens, live re-checks and source comparison all live in core). The player is created once the element is
 * rendered, in the browser only; each options change goes to its `setOptions` (the same source does nothing, a new
 * one swaps in on the same element). Destroyed with the injection context. `deliveryBaseUrl`, `collectorUrl` and `loadHls`
 * default to `provideVidkit`'s.
 *
 * @example
 * readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
 * readonly videoId = input.required<string>();
 * readonly vod = injectPlayer(this.video, () => ({ videoId: this.videoId(), muted: true }));
 * // template: <video #video></video> <button (click)="vod.player()?.play()">{{ vod.state()?.status }}</button>
 */
export function injectPlayer(
  video: MaybeReactive<ElementRef<HTMLVideoElement> | HTMLVideoElement | null | undefined>,
  options: MaybeReactive<InjectPlayerOptions>,
): InjectPlayerResult {
  const config = injectVidkitConfig();
  const resolved = () => withPlayerConfig(read(options), config);
  const player = signal<Player | null>(null);
  const state = signal<PlayerSnapshot | undefined>(undefined);
  if (inBrowser()) {
    let element: HTMLVideoElement | undefined;
    let off = () => {};
    const destroy = () => {
      off();
      untracked(player)?.destroy();
    };
    // Created after render, so the element exists; a different element gets a new player.
    afterRenderEffect(() => {
      const ref = read(video);
      const next = ref instanceof ElementRef ? ref.nativeElement : (ref ?? undefined);
      if (next === element) return;
      element = next;
      untracked(() => {
        destroy();
        const created = next ? createPlayer(next, resolved()) : null;
        off = created ? created.subscribe(() => state.set(created.getSnapshot())) : () => {};
        player.set(created);
        state.set(created?.getSnapshot());
      });
    });
    effect(() => {
      const current = player();
      const next = resolved();
      untracked(() => current?.setOptions(next));
    });
    inject(DestroyRef).onDestroy(destroy);
  }
  return { player: player.asReadonly(), state: state.asReadonly() };
}
