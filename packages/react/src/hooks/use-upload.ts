'use client';
import { useEffect, useState } from 'react';
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
import { useVidkitConfig } from '../context.js';
import type { ReactUploadCredential } from './use-upload-queue.js';
import { useLatest } from './use-latest.js';
import { useStore } from './use-store.js';

/** Options of {@link useUpload}. Read when the file changes; the credential is read when the upload needs it. */
export interface UseUploadOptions
  extends
    ReactUploadCredential,
    Pick<UploadOptions, 'videoId' | 'videoName' | 'chunkSize' | 'concurrency' | 'retry' | 'resume' | 'origin'> {
  /** The file to upload; a new file makes a new upload. `null` until one is picked. */
  file: UploadInput | null | undefined;
  /** Start as soon as there is a file. Default false: call `start()`. */
  autoStart?: boolean;
  /** API root; default the `<VidkitProvider>`'s, else `https://ws.api.video`. */
  apiBaseUrl?: string;
}

/** What {@link useUpload} returns: the upload's snapshot plus its controls. */
export interface UseUploadResult extends UploadSnapshot {
  /** The core upload store, `null` without a file. */
  upload: Upload | null;
  /** Starts the upload; resolves with the video. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as React state: a bridge over core's `createUpload` store (chunking, retries, pause/resume,
 * persistence and token precedence all live in core). The upload keeps running if the component unmounts; call
 * `cancel()` to stop it.
 *
 * @example
 * const [file, setFile] = useState<File | null>(null);
 * const upload = useUpload({ file, getUploadToken, autoStart: true });
 * return <progress value={upload.progress} />;
 */
export function useUpload(options: UseUploadOptions): UseUploadResult {
  const config = useVidkitConfig();
  const latest = useLatest(() => resolveUploadOptions(config, options));
  const { file, autoStart } = options;
  const make = () => {
    if (!file) return null;
    const { autoStart: _, ...settings } = latest.current();
    return createUpload({ ...settings, ...lazyCredential(() => latest.current()), file });
  };
  const [current, setCurrent] = useState(() => ({ file, upload: make() }));
  // One upload per file: the other options are read when the file changes (like a form's initial values).
  if (current.file !== file) setCurrent({ file, upload: make() });
  const upload = current.file === file ? current.upload : null;

  useEffect(() => {
    // start() is idempotent, so a second run (StrictMode) does not start a second upload; failures are in state.
    if (upload && autoStart) upload.start().catch(() => {});
  }, [upload, autoStart]);
  const state = useStore(upload) ?? IDLE_UPLOAD_SNAPSHOT;
  return {
    ...state,
    upload,
    start: () =>
      upload
        ? upload.start()
        : Promise.reject(new OptionsError('useUpload: there is no file to upload yet; pass `file` first.')),
    pause: () => upload?.pause(),
    resume: () => upload?.resume(),
    cancel: () => upload?.cancel(),
  };
}
