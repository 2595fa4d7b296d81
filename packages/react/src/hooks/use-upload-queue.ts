'use client';
import { useMemo, useState } from 'react';
import {
  createUploadQueue,
  type Upload,
  type UploadInput,
  type UploadQueue,
  type UploadQueueOptions,
  type UploadQueueSnapshot,
  type UploadSnapshot,
} from '@vidkit/core';
import { useVidkitSettings } from '../context.js';
import { latestCredential, type ReactUploadCredential } from './credential.js';
import { useLatest } from './use-latest.js';
import { useStore } from './use-store.js';

/** Options of {@link useUploadQueue}; read once, except the credential, which is read per upload. */
export interface UseUploadQueueOptions
  extends
    ReactUploadCredential,
    Pick<
      UploadQueueOptions,
      'videoId' | 'chunkSize' | 'concurrency' | 'retry' | 'resume' | 'origin' | 'fileConcurrency'
    > {
  /** API root; default the `<VidkitProvider>`'s, else `https://ws.api.video`. */
  apiBaseUrl?: string;
}

/** One file of the queue, with its controls bound. */
export interface UploaderItem {
  id: string;
  /** The file's name (render it as text). */
  name: string;
  /** The file as added. */
  file: UploadInput;
  /** This file's upload snapshot. */
  state: UploadSnapshot;
  /** The core upload (replaced on retry). */
  upload: Upload;
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
  /** Queues files; they start as slots free up. Returns their ids. */
  add(files: UploadInput | readonly UploadInput[]): string[];
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
  /** The core queue store. */
  queue: UploadQueue;
}

/**
 * Many uploads as React state: a bridge over core's `createUploadQueue` (one queue per component, kept across
 * renders). The headless half of `<VideoUploader>`: build any UI over `items`.
 *
 * @example
 * const queue = useUploadQueue({ getUploadToken });
 * <input type="file" multiple onChange={(e) => queue.add([...e.target.files!])} />
 * {queue.items.map((item) => <p key={item.id}>{item.name}: {Math.round(item.state.progress * 100)}%</p>)}
 */
export function useUploadQueue(options: UseUploadQueueOptions = {}): UseUploadQueueResult {
  const settings = useVidkitSettings();
  const latest = useLatest({ props: options, settings });
  const [{ queue, files }] = useState(() => {
    const { videoId, chunkSize, concurrency, retry, resume, origin, fileConcurrency, apiBaseUrl } = options;
    return {
      queue: createUploadQueue({
        ...latestCredential(options, () => latest.current),
        apiBaseUrl: apiBaseUrl ?? settings.apiBaseUrl,
        videoId,
        chunkSize,
        concurrency,
        retry,
        resume,
        origin,
        fileConcurrency,
      }),
      files: new Map<string, UploadInput>(),
    };
  });
  const snapshot = useStore(queue);
  return useMemo(() => {
    const { items, ...totals } = snapshot;
    return {
      ...totals,
      items: items.map((item) => ({
        id: item.id,
        name: item.name,
        file: files.get(item.id)!,
        state: item.snapshot,
        upload: item.upload,
        pause: () => item.upload.pause(),
        resume: () => item.upload.resume(),
        cancel: () => item.upload.cancel(),
        retry: () => queue.retry(item.id),
        remove: () => {
          queue.remove(item.id);
          files.delete(item.id);
        },
      })),
      add: (input) => {
        const list: readonly UploadInput[] = Array.isArray(input) ? input : [input as UploadInput];
        return list.map((file) => {
          const id = queue.add(file);
          files.set(id, file);
          return id;
        });
      },
      pauseAll: () => queue.pauseAll(),
      resumeAll: () => queue.resumeAll(),
      cancelAll: () => queue.cancelAll(),
      queue,
    };
  }, [snapshot, queue, files]);
}
