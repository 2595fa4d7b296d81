import { DestroyRef, effect, inject, signal, untracked, type Signal } from '@angular/core';
import {
  createUpload,
  IDLE_UPLOAD_SNAPSHOT,
  lazyCredential,
  OptionsError,
  resolveUploadOptions,
  type ReadableStore,
  type Upload,
  type UploadCredentialOptions,
  type UploadInput,
  type UploadOptions,
  type UploadSnapshot,
  type UploadedVideo,
} from '@vidkit/core';
import { injectVidkitConfig } from '../config.js';
import { inBrowser, read, type MaybeReactive } from './reactive.js';

/** Options of {@link injectUpload}. Read when the file changes; the credential is read when the upload needs it. */
export interface InjectUploadOptions
  extends
    Pick<UploadCredentialOptions, 'uploadToken' | 'getUploadToken' | 'accessToken'>,
    Pick<UploadOptions, 'videoId' | 'videoName' | 'chunkSize' | 'concurrency' | 'retry' | 'resume' | 'origin'> {
  /** The file to upload; a new file makes a new upload. `null` until one is picked. */
  file: UploadInput | null | undefined;
  /** Start as soon as there is a file. Default false: call `start()`. */
  autoStart?: boolean;
  /** API root; default `provideVidkit`'s, else `https://ws.api.video`. */
  apiBaseUrl?: string;
}

/** What {@link injectUpload} returns: the upload's snapshot as a signal, plus its controls. */
export interface InjectUploadResult {
  /** The current upload's snapshot (idle without a file). */
  readonly state: Signal<UploadSnapshot>;
  /** The core upload store, `null` without a file. */
  readonly upload: Signal<Upload | null>;
  /** Starts the upload; resolves with the video. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as signals: a bridge over core's `createUpload` (chunking, retries, pause/resume, persistence and
 * token precedence all live in core). A new `file` makes a new upload (the previous one keeps running unless
 * cancelled); the other options are read then, the credential when the upload needs it. Nothing is created during
 * server rendering; destroying the injection context cancels the current upload.
 *
 * @example
 * readonly file = signal<File | null>(null);
 * readonly upload = injectUpload(() => ({ file: this.file(), getUploadToken, autoStart: true }));
 * // template: <progress [value]="upload.state().progress"></progress>
 */
export function injectUpload(options: MaybeReactive<InjectUploadOptions>): InjectUploadResult {
  const config = injectVidkitConfig();
  const latest = () =>
    resolveUploadOptions(
      config,
      untracked(() => read(options)),
    );
  const upload = signal<Upload | null>(null);
  const state = signal<UploadSnapshot>(IDLE_UPLOAD_SNAPSHOT);
  if (inBrowser()) {
    let off = () => {};
    effect(() => {
      const file = read(options).file;
      untracked(() => {
        off();
        if (!file) return (upload.set(null), state.set(IDLE_UPLOAD_SNAPSHOT));
        const { autoStart, ...settings } = latest();
        const next = createUpload({ ...settings, ...lazyCredential(latest), file });
        off = subscribeTo(next, (snapshot) => state.set(snapshot));
        upload.set(next);
        // Failures are in the state.
        if (autoStart) next.start().catch(() => {});
      });
    });
    inject(DestroyRef).onDestroy(() => (off(), untracked(upload)?.cancel()));
  }
  return {
    state: state.asReadonly(),
    upload: upload.asReadonly(),
    start: () =>
      upload()?.start() ??
      Promise.reject(new OptionsError('injectUpload: there is no file to upload yet; pass `file` first.')),
    pause: () => upload()?.pause(),
    resume: () => upload()?.resume(),
    cancel: () => upload()?.cancel(),
  };
}

function subscribeTo<T>(store: ReadableStore<T>, set: (value: T) => void): () => void {
  const off = store.subscribe(() => set(store.getSnapshot()));
  set(store.getSnapshot());
  return off;
}
