import {
  createUploadQueue,
  resolveUploadOptions,
  type UploadCredentialOptions,
  type UploadInput,
  type UploadQueue,
  type UploadQueueItem,
  type UploadQueueOptions,
  type UploadQueueSnapshot,
} from '@vidkit/core';
import { untrack } from 'svelte';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';

/** The credential options every upload function and component takes (an API key has no place in a browser). */
export type SvelteUploadCredential = Pick<UploadCredentialOptions, 'uploadToken' | 'getUploadToken' | 'accessToken'>;

/**
 * Options of {@link uploadQueue}: core's queue options (credential, callbacks, chunking, `fileConcurrency`,
 * `autoStart`) over the context's configuration.
 */
export type UploadQueueStateOptions = Omit<UploadQueueOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** One file of the queue: core's item, with its controls (`pause()`, `retry()`…) bound. */
export type UploadQueueEntry = UploadQueueItem;

/** What {@link uploadQueue} returns: the reactive snapshot and items, and the queue's controls. */
export interface UploadQueueState {
  /** The queue's snapshot (totals over every file, and `items`), reactive. */
  readonly current: UploadQueueSnapshot;
  /** Each file with its controls bound, reactive. */
  readonly items: readonly UploadQueueEntry[];
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
 * Many uploads as reactive state: a bridge over core's `createUploadQueue`, created once per call. The options are
 * a getter: when what it reads changes, the running queue gets them through `setOptions`. Call it in a component's
 * script; the properties are reactive (read them in the template, `$derived` or `$effect`). When the component is
 * destroyed, its unfinished uploads are cancelled.
 *
 * @example
 * const queue = uploadQueue(() => ({ getUploadToken, fileConcurrency }));
 * <input type="file" multiple onchange={(e) => queue.add([...e.currentTarget.files!])} />
 * {#each queue.items as item (item.id)}<p>{item.name}: {Math.round(item.snapshot.progress * 100)}%</p>{/each}
 */
export function uploadQueue(options: () => UploadQueueStateOptions = () => ({})): UploadQueueState {
  const config = readVidkitConfig();
  const resolved = () => resolveUploadOptions(config(), options());
  const queue = createUploadQueue(untrack(resolved));
  $effect.pre(() => queue.setOptions(resolved()));
  // Destroying the component stops its uploads: nothing keeps sending for a UI that is gone.
  const { start, pauseAll, resumeAll, cancelAll } = queue;
  $effect(() => cancelAll);
  const snapshot = subscribed(queue);
  return {
    get items() {
      return snapshot().items;
    },
    get current() {
      return snapshot();
    },
    add: (input) => (Array.isArray(input) ? input : [input as UploadInput]).map((file) => queue.add(file)),
    start,
    pauseAll,
    resumeAll,
    cancelAll,
    queue,
  };
}
