import { DestroyRef, computed, effect, inject, untracked, type Signal } from '@angular/core';
import {
  createFileUpload,
  resolveUploadOptions,
  type FileUploadOptions,
  type FileUploadSnapshot,
  type Upload,
  type UploadedVideo,
} from '@vidkit/core';
import { injectVidkitConfig } from '../config.js';
import { inBrowser, read, storeSignal, type MaybeReactive } from './reactive.js';

/**
 * Options of {@link injectUpload}: core's `FileUploadOptions` (the file, the credential, `autoStart`, chunking…) over
 * `provideVidkit`'s configuration. A new `file` makes a new upload with the settings of that moment.
 */
export type InjectUploadOptions = Omit<FileUploadOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** What {@link injectUpload} returns: the upload's snapshot as a signal, plus its controls. */
export interface InjectUploadResult {
  /** The snapshot (status, progress, bytes, speed, video, `file`, `upload`…); idle without a file. */
  readonly state: Signal<FileUploadSnapshot>;
  /** The core upload of the current file, `null` without one. */
  readonly upload: Signal<Upload | null>;
  /** Starts the upload; resolves with the video. Rejects with `OptionsError` (`no_file`) before a file is given. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as signals: a bridge over core's `createFileUpload` (one upload per file, chunking, retries,
 * pause/resume and token precedence all live in core). Options may be a value, a signal or a function; a change
 * reaches the upload through `setOptions`. A new `file` cancels the previous file's unfinished upload, and so does
 * destroying the injection context: nothing keeps sending. Nothing is created during server rendering.
 *
 * @example
 * readonly file = signal<File | null>(null);
 * readonly upload = injectUpload(() => ({ file: this.file(), getUploadToken, autoStart: true }));
 * // template: <progress [value]="upload.state().progress"></progress>
 */
export function injectUpload(options: MaybeReactive<InjectUploadOptions>): InjectUploadResult {
  const config = injectVidkitConfig();
  const upload = createFileUpload();
  const browser = inBrowser();
  if (browser) {
    effect(() => {
      const next = resolveUploadOptions(config, read(options));
      untracked(() => upload.setOptions(next));
    });
    inject(DestroyRef).onDestroy(() => upload.destroy());
  }
  const state = storeSignal(upload, browser);
  const { start, pause, resume, cancel } = upload;
  return { state, upload: computed(() => state().upload), start, pause, resume, cancel };
}
