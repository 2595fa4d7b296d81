import { toValue, watchEffect, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import {
  createUploadQueue,
  resolveUploadOptions,
  type UploadCredentialOptions,
  type UploadInput,
  type UploadQueue,
  type UploadQueueOptions,
  type UploadQueueSnapshot,
} from '@vidkit/core';
import { useVidkitConfig } from '../config.js';
import { onDispose, useStore } from './store.js';

/** The credential options every upload composable and component takes (an API key has no place in a browser). */
export type VueUploadCredential = Pick<UploadCredentialOptions, 'uploadToken' | 'getUploadToken' | 'accessToken'>;

/**
 * Options of {@link useUploadQueue}: core's queue options (credential, callbacks, chunking, `fileConcurrency`,
 * `autoStart`) over the provided `VidkitConfig`.
 */
export type UseUploadQueueOptions = Omit<UploadQueueOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** What {@link useUploadQueue} returns: the queue's snapshot as a readonly shallow ref, and its controls. */
export interface UseUploadQueueReturn {
  /** Totals over every file (`progress`, `bytesUploaded`, `status`…) and each file's item (`items`). */
  state: Readonly<ShallowRef<UploadQueueSnapshot>>;
  /** Queues files; they start as slots free up (unless `autoStart: false`). Returns their ids. */
  add(files: UploadInput | readonly UploadInput[]): string[];
  /** Starts files added with `autoStart: false`: one, or all. */
  start(id?: string): void;
  pause(id: string): void;
  resume(id: string): void;
  cancel(id: string): void;
  /** Uploads a failed or cancelled file again, from the parts already accepted. */
  retry(id: string): void;
  /** Cancels if needed and drops the row. */
  remove(id: string): void;
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
  /** The core queue store. */
  queue: UploadQueue;
}

/**
 * Many uploads as Vue state: a bridge over core's `createUploadQueue`. One queue per effect scope; options may be a
 * value, a ref or a getter, and a change is passed to the running queue (`setOptions`), never re-creating it. When
 * the scope stops (unmount, `scope.stop()`), unfinished uploads are cancelled: nothing keeps sending.
 *
 * @example
 * const { state, add } = useUploadQueue(() => ({ getUploadToken, fileConcurrency: props.parallel }));
 * <input type="file" multiple @change="add([...$event.target.files])" />
 * <p v-for="item in state.items" :key="item.id">{{ item.name }}: {{ Math.round(item.snapshot.progress * 100) }}%</p>
 */
export function useUploadQueue(options: MaybeRefOrGetter<UseUploadQueueOptions> = {}): UseUploadQueueReturn {
  const config = useVidkitConfig();
  const resolve = () => resolveUploadOptions(config.value, { ...toValue(options) });
  const queue = createUploadQueue(resolve());
  // The first run repeats the options the queue was created with: a no-op.
  watchEffect(() => queue.setOptions(resolve()));
  onDispose(() => queue.cancelAll());
  // Core's controls are closures over the queue: they can be handed out as they are.
  const { start, pause, resume, cancel, retry, remove, pauseAll, resumeAll, cancelAll } = queue;
  return {
    state: useStore(queue, queue.getSnapshot()),
    add: (input) => (Array.isArray(input) ? input : [input as UploadInput]).map((file) => queue.add(file)),
    start,
    pause,
    resume,
    cancel,
    retry,
    remove,
    pauseAll,
    resumeAll,
    cancelAll,
    queue,
  };
}
