import {
  createUpload,
  IDLE_UPLOAD_SNAPSHOT,
  lazyCredential,
  OptionsError,
  resolveUploadOptions,
  type Upload,
  type UploadInput,
  type UploadOptions,
  type UploadSnapshot,
  type UploadedVideo,
} from '@vidkit/core';
import { untrack } from 'svelte';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';
import type { SvelteUploadCredential } from './upload-queue.svelte.js';

/** Options of {@link fileUpload}. Read when the file changes; the credential is read when the upload needs it. */
export interface FileUploadOptions
  extends
    SvelteUploadCredential,
    Pick<UploadOptions, 'videoId' | 'videoName' | 'chunkSize' | 'concurrency' | 'retry' | 'resume' | 'origin'> {
  /** The file to upload; a new file makes a new upload. `null` until one is picked. */
  file: UploadInput | null | undefined;
  /** Start as soon as there is a file. Default false: call `start()`. */
  autoStart?: boolean;
  /** API root; default the context's, else `https://ws.api.video`. */
  apiBaseUrl?: string;
}

/** What {@link fileUpload} returns: the reactive snapshot plus the upload's controls. */
export interface FileUploadState {
  /** The upload's snapshot (status, progress, bytes, speed, video…), reactive; idle without a file. */
  readonly current: UploadSnapshot;
  /** The core upload store, `null` without a file. */
  readonly upload: Upload | null;
  /** Starts the upload; resolves with the video. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as reactive state: a bridge over core's `createUpload` (chunking, retries, pause/resume,
 * persistence and token precedence live in core). A new `file` from the getter makes a new upload; the other options
 * are read then, and the credential whenever the upload needs one. The upload keeps running if the component is
 * destroyed; call `cancel()` to stop it.
 *
 * @example
 * let file = $state<File | null>(null);
 * const upload = fileUpload(() => ({ file, getUploadToken, autoStart: true }));
 * <progress value={upload.current.progress}></progress>
 */
export function fileUpload(options: () => FileUploadOptions): FileUploadState {
  const config = readVidkitConfig();
  const resolved = () => resolveUploadOptions(config(), options());
  const file = $derived(options().file);
  const upload = $derived.by(() => {
    if (!file) return null;
    return untrack(() => {
      const { autoStart: _, file: __, ...settings } = resolved();
      return createUpload({ ...settings, ...lazyCredential(resolved), file });
    });
  });
  const snapshot = $derived(upload && subscribed(upload));
  $effect(() => {
    // start() is idempotent; failures are in the snapshot.
    if (upload && options().autoStart) upload.start().catch(() => {});
  });
  return {
    get current() {
      return snapshot?.() ?? IDLE_UPLOAD_SNAPSHOT;
    },
    get upload() {
      return upload;
    },
    start: () =>
      upload
        ? upload.start()
        : Promise.reject(new OptionsError('fileUpload: there is no file to upload yet; return `file` first.')),
    pause: () => upload?.pause(),
    resume: () => upload?.resume(),
    cancel: () => upload?.cancel(),
  };
}
