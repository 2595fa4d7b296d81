import { AbortError, NetworkError, OptionsError, UploadError, VidkitError } from '../errors.js';
import { abortReason } from '../internal/abort-reason.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import { checkChunkSize, DEFAULT_PART_SIZE } from './chunk-size.js';
import { resolveConnection, type UploadConnectionOptions } from './connection.js';
import type { ResumeStore } from './resume-store.js';
import type { runUpload, UploadJob } from './run-upload.js';
import { isUploadInput, type UploadInput } from './source.js';
import { IDLE_UPLOAD_SNAPSHOT, type UploadedVideo, type UploadSnapshot } from './types.js';

let runner: Promise<{ runUpload: typeof runUpload }> | undefined;
/** The code that sends, loaded once per page with the first upload; a failed load (offline) is tried again. */
const loadRunner = () =>
  (runner ??= import('./run-upload.js').catch((cause: unknown) => {
    runner = undefined;
    const message = "Vidkit's upload code (a script chunk) could not be loaded; check the connection and retry.";
    throw new NetworkError(message, { cause });
  }));

/** Parts sent at once by default; chosen from the upload benchmark (see the package README). */
export const DEFAULT_CONCURRENCY = 4;

/** Options of `createUpload`. Give exactly one credential. */
export interface UploadOptions extends UploadConnectionOptions {
  /** What to upload: a File/Blob, a Buffer/Uint8Array, a file path or a Node Readable / ReadableStream (Node). */
  file: UploadInput;
  /** Upload into this existing video (bearer mode); by default one is created (bearer) or by the API (token). */
  videoId?: string;
  /** Title of the created video, and the file name sent with each part. Default: the file's name. */
  videoName?: string;
  /** Part size in bytes, 5–128 MiB. Default 50 MiB; grows for files that would need over 10 000 parts. */
  chunkSize?: number;
  /** Parts sent at once, 1–16. Default `DEFAULT_CONCURRENCY`. */
  concurrency?: number;
  /**
   * Keep progress so a new upload of the same file (after a reload or crash) continues where this one stopped.
   * `true` uses localStorage in browsers and a JSON file in Node; or pass your own store. Ignored for streams.
   */
  resume?: boolean | ResumeStore;
  /** Aborting it cancels the upload. */
  signal?: AbortSignal;
}

/** An upload: a store of `UploadSnapshot` plus its controls. */
export interface Upload extends ReadableStore<UploadSnapshot> {
  /** Starts the upload (once; later calls return the same promise). */
  start(): Promise<UploadedVideo>;
  /** Stops sending: parts in flight are aborted and sent again on `resume()`. */
  pause(): void;
  /** Continues a paused upload. */
  resume(): void;
  /** Aborts everything; no request stays in flight. `result` rejects with `AbortError`. */
  cancel(): void;
  /** The final Video; rejects with `UploadError` (or `AbortError` when cancelled, `OptionsError` for a bad file). */
  readonly result: Promise<UploadedVideo>;
}

/**
 * Creates a chunked, resumable, parallel upload to api.video. Nothing is sent until `start()`.
 * Parts are retried on network errors, timeouts, 5xx, 408 and 429; a part the API already has counts as done.
 * `pause()` aborts the parts in flight (they are sent again on `resume()`); uploads also pause while the browser
 * is offline. Progress follows the bytes as they are sent (XMLHttpRequest in browsers, node:http for file paths);
 * `bytesUploaded` counts the bytes the API has accepted. Options are checked at once; the code that sends is
 * loaded (`import()`) with the first upload a page creates, so importing `createUpload` stays small.
 *
 * @example
 * const upload = createUpload({ file, uploadToken: 'to1234' });
 * upload.subscribe(() => render(upload.getSnapshot().progress));
 * const video = await upload.start();
 */
export function createUpload(options: UploadOptions): Upload {
  if (!isUploadInput(options?.file)) {
    throw new OptionsError('`file` must be a File, Blob, Buffer, file path (Node) or stream.', 'invalid_source');
  }
  const chunkSize = options.chunkSize ?? DEFAULT_PART_SIZE;
  checkChunkSize(chunkSize);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!(concurrency >= 1 && concurrency <= 16 && Number.isInteger(concurrency))) {
    throw new OptionsError(`concurrency must be a whole number from 1 to 16; got ${concurrency}.`);
  }
  const connection = resolveConnection(options);
  const store = createStore<UploadSnapshot>(IDLE_UPLOAD_SNAPSHOT);
  const master = new AbortController();
  const signal = master.signal;
  let paused = false;
  let waiters: Array<() => void> = [];
  const job: UploadJob = {
    options,
    connection,
    chunkSize,
    concurrency,
    store,
    signal,
    paused: () => paused,
    changed: (on) =>
      new Promise<void>((resolve, reject) => {
        if (on.aborted) return reject(abortReason(on));
        const onAbort = () => reject(abortReason(on));
        on.addEventListener('abort', onAbort, { once: true });
        waiters.push(() => {
          on.removeEventListener('abort', onAbort);
          resolve();
        });
      }),
    wake() {
      const list = waiters;
      waiters = [];
      for (const resolve of list) resolve();
    },
    halt() {
      job.phase?.abort(new AbortError('paused'));
      const { status } = store.getSnapshot();
      // 'idle' once started: paused before the first part went out (or before the sending code loaded).
      if (status === 'uploading' || status === 'retrying' || (started && status === 'idle')) {
        store.update({ status: 'paused' });
      }
      job.wake();
    },
    phase: undefined,
    active: undefined,
  };
  // Fetched now, while the user picks options, so `start()` rarely waits for it.
  loadRunner().catch(() => undefined);

  let settle!: (video: UploadedVideo | PromiseLike<UploadedVideo>) => void;
  let fail!: (error: unknown) => void;
  const result = new Promise<UploadedVideo>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // The caller may only watch the store; an unobserved failure must not crash Node as an unhandled rejection.
  result.catch(() => undefined);
  let started = false;

  const start = () => {
    if (started) return result;
    started = true;
    if (paused) store.update({ status: 'paused' });
    loadRunner()
      .then((runner) => runner.runUpload(job))
      .then(
        (video) => {
          store.update({ status: 'completed', video, progress: 1, eta: 0 });
          settle(video);
        },
        async (error: unknown) => {
          // Loaded on demand: only a failed upload needs the words for its failure.
          const explained = await import('./failure.js').then(
            (m) => m.explainUploadFailure(error),
            () => error,
          );
          const cancelled = signal.aborted;
          const reported = cancelled
            ? abortReason(signal)
            : explained instanceof VidkitError
              ? explained
              : new UploadError(`The upload failed: ${String(error)}`, { cause: error });
          store.update({ status: cancelled ? 'cancelled' : 'failed', error: reported });
          fail(reported);
        },
      );
    return result;
  };

  const cancel = () => {
    if (signal.aborted) return;
    master.abort(new AbortError('The upload was cancelled.'));
    job.wake();
    if (!started) {
      started = true;
      store.update({ status: 'cancelled' });
      fail(abortReason(signal));
    }
  };
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) cancel();

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    start,
    pause() {
      if (paused || signal.aborted) return;
      paused = true;
      job.halt();
    },
    resume() {
      if (!paused) return;
      paused = false;
      job.wake();
    },
    cancel,
    result,
  };
}
