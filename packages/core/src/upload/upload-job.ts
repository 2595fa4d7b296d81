import type { WritableStore } from '../internal/store.js';
import type { UploadConnection } from './connection.js';
import type { Resumer } from './resume.js';
import type { UploadSnapshot } from './types.js';
import type { UploadOptions } from './upload.js';

/**
 * What `createUpload` hands the code that sends: the checked options, the store, and the controls the two share.
 * `pause()`, `resume()` and `cancel()` work on it before this module has loaded, too.
 */
export interface UploadJob {
  options: UploadOptions;
  connection: UploadConnection;
  chunkSize: number;
  concurrency: number;
  store: WritableStore<UploadSnapshot>;
  /** Aborted by `cancel()` or the caller's signal. */
  signal: AbortSignal;
  /** True while `pause()` holds the upload. */
  paused(): boolean;
  /** Resolves at the next change (part settled, pause, resume, online); rejects when `on` aborts. */
  changed(on: AbortSignal): Promise<void>;
  /** Tells every `changed` waiter. */
  wake(): void;
  /** Aborts the phase in flight, shows 'paused' and wakes the waiters. */
  halt(): void;
  /** The parts being sent now; `halt()` aborts it. */
  phase: AbortController | undefined;
  /** The resume state of the current run; the result settles only after its writes are done. */
  active: Resumer | undefined;
}
