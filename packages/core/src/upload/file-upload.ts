import { assertApiKeyAllowed } from '../auth/browser-guard.js';
import { OptionsError } from '../errors.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import type { UploadCredentialOptions } from './credential.js';
import { lazyCredential } from './credential-layers.js';
import { FINISHED } from './queue-summary.js';
import type { UploadInput } from './source.js';
import { IDLE_UPLOAD_SNAPSHOT, type UploadedVideo, type UploadSnapshot } from './types.js';
import { createUpload, type Upload, type UploadOptions } from './upload.js';

/** Options of `createFileUpload`: the file, the credential and the settings of each upload it makes. */
export interface FileUploadOptions
  extends UploadCredentialOptions, Omit<UploadOptions, 'file' | 'signal' | keyof UploadCredentialOptions> {
  /** The file to upload; a new file makes a new upload. `null` until one is picked. */
  file?: UploadInput | null | undefined;
  /** Start as soon as there is a file. Default false: call `start()`. */
  autoStart?: boolean | undefined;
}

/** A file upload's snapshot: the current upload's, plus which file and upload it is (idle without a file). */
export interface FileUploadSnapshot extends UploadSnapshot {
  /** The file being uploaded, `null` before one is given. */
  file: UploadInput | null;
  /** The core upload of that file, `null` before one is given. */
  upload: Upload | null;
}

/** One file at a time, re-made when the file changes: the store behind every adapter's single-file upload. */
export interface FileUpload extends ReadableStore<FileUploadSnapshot> {
  /**
   * Replaces some options. A new `file` cancels the previous upload if it is unfinished and makes a new one with the
   * settings of that moment; the credential is read whenever a token is needed, so a later one is used.
   */
  setOptions(options: Partial<FileUploadOptions>): void;
  /** Starts the current file's upload; rejects with `OptionsError` `no_file` before a file is given. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
  /** Cancels an unfinished upload and ignores later options: for the end of a component or scope. */
  destroy(): void;
}

const IDLE: FileUploadSnapshot = { ...IDLE_UPLOAD_SNAPSHOT, file: null, upload: null };

/**
 * A single-file upload whose options can change: what `useUpload` (React, Vue), `fileUpload` (Svelte) and
 * `injectUpload` (Angular) bridge. Each file gets its own `createUpload`; `autoStart` starts it as soon as it exists.
 *
 * @example
 * const upload = createFileUpload({ getUploadToken, autoStart: true });
 * input.onchange = () => upload.setOptions({ file: input.files?.[0] });
 * upload.subscribe(() => render(upload.getSnapshot().progress));
 */
export function createFileUpload(options: Partial<FileUploadOptions> = {}): FileUpload {
  let current: Partial<FileUploadOptions> = {};
  let upload: Upload | null = null;
  let off = () => {};
  let destroyed = false;
  const store = createStore(IDLE);

  const follow = (file: UploadInput | null) => {
    off();
    if (upload && !FINISHED.includes(upload.getSnapshot().status)) upload.cancel();
    upload = null;
    off = () => {};
    if (!file) return store.set(IDLE);
    const { file: _, autoStart: __, ...settings } = current;
    const next = createUpload({ ...settings, ...lazyCredential(() => current), file });
    const sync = () => store.set({ ...next.getSnapshot(), file, upload: next });
    off = next.subscribe(sync);
    upload = next;
    sync();
  };

  const setOptions = (partial: Partial<FileUploadOptions>) => {
    if (destroyed) return;
    const merged = { ...current, ...partial };
    // A key must be refused when it is given, not when the first file fails.
    assertApiKeyAllowed(merged.apiKey, merged.dangerouslyAllowBrowser);
    const before = current.file ?? null;
    current = merged;
    if ((current.file ?? null) !== before) follow(current.file ?? null);
    // Failures are in the snapshot; `start()` is idempotent.
    if (upload && current.autoStart) upload.start().catch(() => undefined);
  };
  setOptions(options);

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions,
    start: () =>
      upload?.start() ??
      Promise.reject(new OptionsError('There is no file to upload yet: give `file` first.', 'no_file')),
    pause: () => upload?.pause(),
    resume: () => upload?.resume(),
    cancel: () => upload?.cancel(),
    destroy() {
      follow(null);
      destroyed = true;
    },
  };
}
