'use client';
import { useMemo, useState } from 'react';
import {
  createFileUpload,
  resolveUploadOptions,
  type FileUploadOptions,
  type FileUploadSnapshot,
  type UploadedVideo,
} from '@vidkit/core';
import { useVidkitConfig } from '../context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useDisposeOnUnmount } from './use-dispose-on-unmount.js';
import { useStore } from './use-store.js';

/**
 * Options of {@link useUpload}: core's `FileUploadOptions` (the file, the credential, `autoStart`, chunking…) over
 * the `<VidkitProvider>`'s. A new `file` makes a new upload with the settings of that render.
 */
export type UseUploadOptions = Omit<FileUploadOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** What {@link useUpload} returns: the snapshot (with its `file` and core `upload`) plus the upload's controls. */
export interface UseUploadResult extends FileUploadSnapshot {
  /** Starts the upload; resolves with the video. Rejects with `OptionsError` (`no_file`) before a file is given. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as React state: a bridge over core's `createFileUpload` (one upload per file, chunking, retries,
 * pause/resume and token precedence all live in core). A new file cancels the previous file's unfinished upload;
 * so does unmounting: nothing keeps sending unseen.
 *
 * @example
 * const [file, setFile] = useState<File | null>(null);
 * const upload = useUpload({ file, getUploadToken, autoStart: true });
 * return <progress value={upload.progress} />;
 */
export function useUpload(options: UseUploadOptions): UseUploadResult {
  const resolved = resolveUploadOptions(useVidkitConfig(), options);
  const [store] = useState(createFileUpload);
  useBrowserLayoutEffect(() => store.setOptions(resolved));
  useDisposeOnUnmount(store.destroy);
  const state = useStore(store);
  const { start, pause, resume, cancel } = store;
  return useMemo(() => ({ ...state, start, pause, resume, cancel }), [state, start, pause, resume, cancel]);
}
