'use client';
import { useMemo, useState } from 'react';
import {
  createUploadQueue,
  resolveUploadOptions,
  type UploadInput,
  type UploadQueue,
  type UploadQueueItem,
  type UploadQueueOptions,
  type UploadQueueSnapshot,
} from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useDisposeOnUnmount } from './use-dispose-on-unmount.js';
import { useStore } from './use-store.js';

/**
 * Options of {@link useUploadQueue}: core's queue options (credential, callbacks, chunking, `fileConcurrency`,
 * `autoStart`) over the `<VidkitProvider>`'s. Every render passes them to the running queue: nothing is re-created.
 */
export type UseUploadQueueOptions = Omit<UploadQueueOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** One file of the queue: core's item, with its controls (`pause()`, `retry()`…) bound. */
export type UploaderItem = UploadQueueItem;

/** What {@link useUploadQueue} returns: totals over all files, each file, and the queue's controls. */
export interface UseUploadQueueResult extends UploadQueueSnapshot {
  /** Queues files; they start as slots free up (unless `autoStart: false`). Returns their ids. */
  add(files: UploadInput | readonly UploadInput[]): string[];
  /** Starts files added with `autoStart: false`: one, or all. */
  start(id?: string): void;
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
  /** The core queue store. */
  queue: UploadQueue;
}

/**
 * Many uploads as React state: a bridge over core's `createUploadQueue` (one queue per component, kept across
 * renders; new props reach it through `setOptions`). The headless half of `<VideoUploader>`: build any UI over `items`.
 * Unmounting cancels the unfinished uploads: nothing keeps sending unseen.
 *
 * @example
 * const queue = useUploadQueue({ getUploadToken, onSuccess: (video) => save(video.videoId) });
 * <input type="file" multiple onChange={(e) => queue.add([...e.target.files!])} />
 * {queue.items.map((item) => <p key={item.id}>{item.name}: {Math.round(item.snapshot.progress * 100)}%</p>)}
 */
export function useUploadQueue(options: UseUploadQueueOptions = {}): UseUploadQueueResult {
  const resolved = resolveUploadOptions(useVidkitConfig(), options);
  const [queue] = useState(() => createUploadQueue(resolved));
  useBrowserLayoutEffect(() => queue.setOptions(resolved));
  useDisposeOnUnmount(queue.cancelAll);
  const snapshot = useStore(queue);
  return useMemo(() => {
    const { start, pauseAll, resumeAll, cancelAll } = queue;
    const add = (input: UploadInput | readonly UploadInput[]) =>
      (Array.isArray(input) ? input : [input as UploadInput]).map((file) => queue.add(file));
    return { ...snapshot, add, start, pauseAll, resumeAll, cancelAll, queue };
  }, [snapshot, queue]);
}
