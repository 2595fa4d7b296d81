import { DestroyRef, computed, effect, inject, untracked, type Signal } from '@angular/core';
import {
  createUploadQueue,
  resolveUploadOptions,
  type UploadInput,
  type UploadQueue,
  type UploadQueueItem,
  type UploadQueueOptions,
  type UploadQueueSnapshot,
} from '@vidkit/core';
import { injectVidkitConfig } from '../config.js';
import { inBrowser, read, storeSignal, type MaybeReactive } from './reactive.js';

/**
 * Options of {@link injectUploadQueue}: core's queue options (credential, callbacks, chunking, `fileConcurrency`,
 * `autoStart`) over `provideVidkit`'s. Each change reaches the running queue through `setOptions`.
 */
export type InjectUploadQueueOptions = Omit<UploadQueueOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** One file of the queue: core's item, with its controls (`pause()`, `retry()`…) bound. */
export type UploaderItem = UploadQueueItem;

/** What {@link injectUploadQueue} returns: the queue's state as signals, and its controls. */
export interface InjectUploadQueueResult {
  /** Totals over all files (`progress`, `uploading`, `done`…) and the items, as core's snapshot. */
  readonly snapshot: Signal<UploadQueueSnapshot>;
  /** Each file with its controls bound (the snapshot's `items`). */
  readonly items: Signal<readonly UploaderItem[]>;
  /** Queues files; they start as slots free up (unless `autoStart: false`). Returns their ids. */
  add(files: UploadInput | readonly UploadInput[]): string[];
  /** Starts files added with `autoStart: false`: one, or all. */
  start(id?: string): void;
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
  /** The core queue store. */
  readonly queue: UploadQueue;
}

/**
 * Many uploads as signals: a bridge over core's `createUploadQueue` (one queue per injection context; new options
 * reach it through `setOptions`). The headless half of `<vidkit-video-uploader>`: build any UI over `items()`.
 * Destroying the context cancels the files still running.
 *
 * @example
 * readonly uploads = injectUploadQueue(() => ({ getUploadToken, onSuccess: (video) => this.save(video.videoId) }));
 * // template: @for (item of uploads.items(); track item.id) { <p>{{ item.name }}: {{ item.snapshot.progress }}</p> }
 */
export function injectUploadQueue(options: MaybeReactive<InjectUploadQueueOptions> = {}): InjectUploadQueueResult {
  const config = injectVidkitConfig();
  const resolved = () => resolveUploadOptions(config, read(options));
  // Options are read in the effect: a component's inputs are not bound yet here (a required one would throw).
  const queue = createUploadQueue(resolveUploadOptions(config, {}));
  const browser = inBrowser();
  if (browser) {
    effect(() => {
      const next = resolved();
      untracked(() => queue.setOptions(next));
    });
    inject(DestroyRef).onDestroy(() => queue.cancelAll());
  }
  const snapshot = storeSignal(queue, browser);
  const items = computed(() => snapshot().items);
  return {
    snapshot,
    items,
    add: (input) => (Array.isArray(input) ? input : [input as UploadInput]).map((file) => queue.add(file)),
    start: (id) => queue.start(id),
    pauseAll: () => queue.pauseAll(),
    resumeAll: () => queue.resumeAll(),
    cancelAll: () => queue.cancelAll(),
    queue,
  };
}
