import { AbortError, OptionsError, UploadError, VidkitError } from '../errors.js';
import { abortReason } from '../internal/backoff.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import { onlineManager } from '../managers/online-manager.js';
import { checkChunkSize, DEFAULT_PART_SIZE, planChunks } from './chunk-plan.js';
import { createUploadContext, type UploadConnectionOptions } from './context.js';
import { rangedQueue, type Part, type PartQueue } from './part-queue.js';
import type { Resumer } from './resume.js';
import type { ResumeStore } from './resume-store.js';
import { fingerprint, isUploadInput, openSource, type UploadInput } from './source.js';
import { createSpeedMeter } from './speed.js';
import { IDLE_UPLOAD_SNAPSHOT, type UploadedVideo, type UploadSnapshot } from './types.js';

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
 * `bytesUploaded` counts the bytes the API has accepted.
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
  const context = createUploadContext(options);
  const { auth } = context;

  const store = createStore<UploadSnapshot>(IDLE_UPLOAD_SNAPSHOT);
  const update = store.update;
  const master = new AbortController();
  const signal = master.signal;
  let phase: AbortController | undefined;
  let paused = false;
  let waiters: Array<() => void> = [];
  const wake = () => {
    const list = waiters;
    waiters = [];
    for (const resolve of list) resolve();
  };
  /** Resolves at the next change (part settled, pause, resume, online); rejects when `on` aborts. */
  const changed = (on: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (on.aborted) return reject(abortReason(on));
      const onAbort = () => reject(abortReason(on));
      on.addEventListener('abort', onAbort, { once: true });
      waiters.push(() => {
        on.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  const halted = () => paused || !onlineManager.getSnapshot();
  const halt = () => {
    phase?.abort(new AbortError('paused'));
    const { status } = store.getSnapshot();
    if (status === 'uploading' || status === 'retrying') update({ status: 'paused' });
    wake();
  };

  const speed = createSpeedMeter();
  let settle!: (video: UploadedVideo | PromiseLike<UploadedVideo>) => void;
  let fail!: (error: unknown) => void;
  const result = new Promise<UploadedVideo>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // The caller may only watch the store; an unobserved failure must not crash Node as an unhandled rejection.
  result.catch(() => undefined);
  let started = false;
  // The resume state of the current run; the result settles only after its writes are done.
  let active: Resumer | undefined;

  const run = async (useSaved: boolean): Promise<UploadedVideo> => {
    const source = await openSource(options.file);
    const fileName = options.videoName ?? source.name;
    const bearer = auth.mode === 'bearer';
    let videoId = options.videoId;
    let done = new Set<number>();
    let queue: PartQueue;
    let resumer: Resumer | undefined;
    let partSize = chunkSize;
    const size = source.size;
    if (size === undefined) {
      queue = (await import('./node-source.js')).streamQueue(source, chunkSize);
    } else {
      if (size === 0) throw new OptionsError('The file to upload is empty.', 'invalid_source');
      const plan = planChunks(size, chunkSize);
      partSize = plan.partSize;
      if (options.resume) {
        // A restarted run lets the previous run's writes land first, so they cannot overwrite the new state.
        await active?.flush();
        resumer = await (
          await import('./resume.js')
        ).openResumer(
          options.resume,
          {
            key: `${fingerprint(source)}|${auth.mode}|${context.baseUrl}`,
            partSize,
            partsTotal: plan.partsTotal,
            videoId,
            json: bearer ? (method, path) => context.json(method, path, signal) : undefined,
          },
          useSaved,
        );
        active = resumer;
        if (resumer.saved) {
          videoId = resumer.saved.videoId;
          done = new Set(resumer.saved.done);
        }
      }
      queue = rangedQueue(source, plan, done);
    }
    const partsTotal = queue.partsKnown;
    let bytesUploaded = 0;
    for (const n of done) bytesUploaded += Math.min(partSize, size! - (n - 1) * partSize);
    update({
      bytesTotal: size ?? 0,
      bytesUploaded,
      progress: size ? bytesUploaded / size : 0,
      partsDone: done.size,
      partsTotal: partsTotal ?? 0,
    });

    if (!videoId && bearer) {
      videoId = (await context.json<UploadedVideo>('POST', '/videos', signal, { title: fileName })).videoId;
    }
    const persist = () => videoId && resumer?.save(videoId, done);
    persist();

    let video: UploadedVideo | undefined;
    let inflight = 0;
    const attempts = new Map<number, number>();
    const waiting = new Set<number>();
    const showAttempts = () =>
      update({
        status: halted() ? 'paused' : waiting.size > 0 ? 'retrying' : 'uploading',
        attempt: Math.max(1, ...attempts.values()),
      });

    // Bytes of each part in flight sent so far: the most of any attempt, so a re-sent part never moves progress back.
    const sending = new Map<number, number>();
    let reportedAt = 0;
    const report = () => {
      reportedAt = Date.now();
      const known = queue.partsKnown;
      const total = size ?? queue.bytesKnown;
      let sent = bytesUploaded;
      for (const bytes of sending.values()) sent += bytes;
      const accepted = done.size === known;
      // Bytes sent but not yet accepted stop at 99 %: 100 % means the API has every part.
      const fraction = accepted ? bytesUploaded / total : size ? Math.min(0.99, sent / total) : 0;
      const meter = speed.speed;
      update({
        bytesUploaded,
        bytesTotal: total,
        // Never backwards, never past 1.
        progress: Math.min(1, Math.max(store.getSnapshot().progress, fraction)),
        speed: meter,
        eta: meter > 0 ? Math.max(0, total - sent) / meter : undefined,
        partsDone: done.size,
        partsTotal: known ?? 0,
      });
    };
    const onSent = (part: Part, bytes: number) => {
      const before = sending.get(part.n) ?? 0;
      if (bytes <= before) return;
      sending.set(part.n, bytes);
      speed.add(bytes - before);
      // Progress events come by the dozen per second and part; listeners hear of them ten times a second.
      if (Date.now() - reportedAt >= 100) report();
    };
    const onDone = (part: Part, answer: UploadedVideo | undefined) => {
      videoId ??= answer?.videoId;
      if (answer) video = answer;
      attempts.delete(part.n);
      done.add(part.n);
      bytesUploaded += part.bytes.size;
      speed.add(part.bytes.size - (sending.get(part.n) ?? 0));
      sending.delete(part.n);
      report();
      showAttempts();
      persist();
    };

    /** Sends parts with `concurrency` workers until all are in (true) or a pause aborts the phase (false). */
    const runPhase = async (): Promise<boolean> => {
      const controller = new AbortController();
      phase = controller;
      const phaseSignal = AbortSignal.any([signal, controller.signal]);
      let failure: unknown;
      const worker = async () => {
        while (!phaseSignal.aborted) {
          // Token mode: the first part creates the video and the others need its id, so it goes alone.
          if (!videoId && inflight > 0) {
            await changed(phaseSignal);
            continue;
          }
          let part: Part | undefined;
          // Counted before the (async) take, so another worker sees the slot as busy.
          inflight++;
          try {
            part = await queue.take();
            // A stream's `part n/n` fixes the total, so it goes after every other part is in.
            while (part?.last && size === undefined && inflight > 1) await changed(phaseSignal);
            if (part) {
              const n = part.n;
              const answer = await context.send(part, { videoId, fileName }, phaseSignal, {
                onAttempt(attempt) {
                  waiting.delete(n);
                  attempts.set(n, attempt);
                  if (attempt > 1) showAttempts();
                },
                onRetry(attempt) {
                  waiting.add(n);
                  attempts.set(n, attempt);
                  showAttempts();
                },
                onSent: (bytes) => onSent(part!, bytes),
              });
              onDone(part, answer);
            }
          } catch (error) {
            if (phaseSignal.aborted && failure === undefined) {
              if (part) queue.giveBack(part);
              return;
            }
            failure ??=
              part && !(error instanceof OptionsError)
                ? new UploadError(`Part ${part.n} failed: ${(error as Error).message}`, {
                    part: part.n,
                    attempts: attempts.get(part.n),
                    videoId,
                    cause: error,
                    status: (error as VidkitError).status,
                  })
                : error;
            controller.abort(failure);
            return;
          } finally {
            inflight--;
            wake();
          }
          if (!part) return;
        }
      };
      await Promise.allSettled(Array.from({ length: concurrency }, worker));
      if (failure !== undefined) throw failure;
      if (signal.aborted) throw abortReason(signal);
      return !controller.signal.aborted;
    };

    try {
      for (;;) {
        while (halted()) await changed(signal);
        speed.restart();
        update({ status: 'uploading' });
        if (await runPhase()) break;
      }
    } catch (error) {
      // The saved video may be gone or belong to another upload token: start this file over as a new video.
      if (resumer?.refused(error)) return run(false);
      throw error;
    }
    if (!video?.assets && videoId && bearer) {
      video = await context.json<UploadedVideo>('GET', `/videos/${videoId}`, signal);
    }
    await resumer?.clear();
    return video ?? { videoId: videoId! };
  };

  const start = () => {
    if (started) return result;
    started = true;
    const off = onlineManager.subscribe(() => (onlineManager.getSnapshot() ? wake() : halt()));
    run(true)
      .then(
        (video) => {
          update({ status: 'completed', video, progress: 1, eta: 0 });
          settle(video);
        },
        async (error: unknown) => {
          await active?.flush();
          const cancelled = signal.aborted;
          const reported = cancelled
            ? abortReason(signal)
            : error instanceof VidkitError
              ? error
              : new UploadError(`The upload failed: ${String(error)}`, { cause: error });
          update({ status: cancelled ? 'cancelled' : 'failed', error: reported });
          fail(reported);
        },
      )
      .finally(off);
    return result;
  };

  const cancel = () => {
    if (signal.aborted) return;
    master.abort(new AbortError('The upload was cancelled.'));
    wake();
    if (!started) {
      started = true;
      update({ status: 'cancelled' });
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
      halt();
    },
    resume() {
      if (!paused) return;
      paused = false;
      wake();
    },
    cancel,
    result,
  };
}
