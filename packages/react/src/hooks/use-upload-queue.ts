'use client';
import { useMemo, useState } from 'react';
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
import { useVidkitConfig } from '../context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useDisposeOnUnmount } from './use-dispose-on-unmount.js';
import { useStore } from './use-store.js';

/** The credential props every upload hook and component takes (an API key has no place in a browser). */
export type ReactUploadCredential = Pick<UploadCredentialOptions, 'uploadToken' | 'getUploadToken' | 'accessToken'>;

/**
 * Options of {@link useUploadQueue}: core's queue options (credential, callbacks, chunking, `fileConcurrency`,
 * `autoStart`) over the `<VidkitProvider>`'s. Every render passes them to the running queue: nothing is re-created.
 */
export type UseUploadQueueOptions = Omit<UploadQueueOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** One file of the queue (core's item), with its controls bound. */
export interface UploaderItem extends UploadQueueItem {
  /** This file's upload snapshot (same as `snapshot`). */
  state: UploadQueueItem['snapshot'];
  pause(): void;
  resume(): void;
  cancel(): void;
  /** Uploads a failed or cancelled file again, from the parts already accepted. */
  retry(): void;
  /** Cancels if needed and drops the row. */
  remove(): void;
}

/** What {@link useUploadQueue} returns: totals over all files, each file, and the queue's controls. */
export interface UseUploadQueueResult extends Omit<UploadQueueSnapshot, 'items'> {
  items: readonly UploaderItem[];
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
 * {queue.items.map((item) => <p key={item.id}>{item.name}: {Math.round(item.state.progress * 100)}%</p>)}
 */
export function useUploadQueue(options: UseUploadQueueOptions = {}): UseUploadQueueResult {
  const resolved = resolveUploadOptions(useVidkitConfig(), options);
  const [queue] = useState(() => createUploadQueue(resolved));
  useBrowserLayoutEffect(() => queue.setOptions(resolved));
  useDisposeOnUnmount(queue.cancelAll);
  const snapshot = useStore(queue);
  return useMemo(() => {
    const { items, ...totals } = snapshot;
    return {
      ...totals,
      items: items.map((item) => ({
        ...item,
        state: item.snapshot,
        pause: () => queue.pause(item.id),
        resume: () => queue.resume(item.id),
        cancel: () => queue.cancel(item.id),
        retry: () => queue.retry(item.id),
        remove: () => queue.remove(item.id),
      })),
      add: (input) => (Array.isArray(input) ? input : [input as UploadInput]).map((file) => queue.add(file)),
      start: (id) => queue.start(id),
      pauseAll: () => queue.pauseAll(),
      resumeAll: () => queue.resumeAll(),
      cancelAll: () => queue.cancelAll(),
      queue,
    };
  }, [snapshot, queue]);
}
