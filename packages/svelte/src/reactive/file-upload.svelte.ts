import {
  createFileUpload,
  resolveUploadOptions,
  type FileUploadOptions,
  type FileUploadSnapshot,
  type Upload,
  type UploadedVideo,
} from '@vidkit/core';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';

/**
 * Options of {@link fileUpload}: core's `FileUploadOptions` (the file, the credential, `autoStart`, chunking…) over
 * the context's configuration. A new `file` makes a new upload with the settings of that moment.
 */
export type FileUploadStateOptions = Omit<FileUploadOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** What {@link fileUpload} returns: the reactive snapshot plus the upload's controls. */
export interface FileUploadState {
  /** The snapshot (status, progress, bytes, speed, video, `file`, `upload`…), reactive; idle without a file. */
  readonly current: FileUploadSnapshot;
  /** The core upload of the current file, `null` without one. */
  readonly upload: Upload | null;
  /** Starts the upload; resolves with the video. Rejects with `OptionsError` (`no_file`) before a file is given. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as reactive state: a bridge over core's `createFileUpload` (one upload per file, chunking,
 * retries, pause/resume and token precedence live in core). The options are a getter: when what it reads changes,
 * the upload gets them through `setOptions`. A new `file` cancels the previous file's unfinished upload, and so does
 * destroying the component: nothing keeps sending. Nothing runs on the server.
 *
 * @example
 * let file = $state<File | null>(null);
 * const upload = fileUpload(() => ({ file, getUploadToken, autoStart: true }));
 * <progress value={upload.current.progress}></progress>
 */
export function fileUpload(options: () => FileUploadStateOptions): FileUploadState {
  const config = readVidkitConfig();
  const upload = createFileUpload();
  $effect.pre(() => upload.setOptions(resolveUploadOptions(config(), options())));
  $effect(() => () => upload.destroy());
  const snapshot = subscribed(upload);
  const { start, pause, resume, cancel } = upload;
  return {
    get current() {
      return snapshot();
    },
    get upload() {
      return snapshot().upload;
    },
    start,
    pause,
    resume,
    cancel,
  };
}
