import { OptionsError, UploadError, type VidkitError } from '../errors.js';
import { abortReason } from '../internal/backoff.js';
import type { WritableStore } from '../internal/store.js';
import { onlineManager } from '../managers/online-manager.js';
import { planChunks } from './chunk-plan.js';
import type { UploadConnection } from './connection.js';
import { createUploadContext } from './context.js';
import { rangedQueue, type Part, type PartQueue } from './part-queue.js';
import type { Resumer } from './resume.js';
import { fingerprint, openSource } from './source.js';
import { createSpeedMeter } from './speed.js';
import type { UploadedVideo, UploadSnapshot } from './types.js';
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

/**
 * Sends the whole file: resumes saved progress, creates the video (bearer mode), sends the parts with
 * `concurrency` workers and retries, pauses while `paused()` or offline, and answers the final Video.
 * Loaded on demand by `createUpload`, so a page that only shows an uploader does not pay for it.
 */
export async function runUpload(job: UploadJob): Promise<UploadedVideo> {
  const { options, store, signal, changed } = job;
  // Cancelled while this module loaded.
  if (signal.aborted) throw abortReason(signal);
  const update = store.update;
  const context = createUploadContext(job.connection);
  const { auth } = context;
  const halted = () => job.paused() || !onlineManager.getSnapshot();
  const speed = createSpeedMeter();

  const run = async (useSaved: boolean): Promise<UploadedVideo> => {
    const source = await openSource(options.file);
    const fileName = options.videoName ?? source.name;
    const bearer = auth.mode === 'bearer';
    let videoId = options.videoId;
    let done = new Set<number>();
    let queue: PartQueue;
    let resumer: Resumer | undefined;
    let partSize = job.chunkSize;
    const size = source.size;
    if (size === undefined) {
      queue = (await import('./node-source.js')).streamQueue(source, job.chunkSize);
    } else {
      if (size === 0) throw new OptionsError('The file to upload is empty.', 'invalid_source');
      const plan = planChunks(size, job.chunkSize);
      partSize = plan.partSize;
      if (options.resume) {
        // A restarted run lets the previous run's writes land first, so they cannot overwrite the new state.
        await job.active?.flush();
        resumer = await (
          await import('./resume.js')
        ).openResumer(
          options.resume,
          {
            key: `${fingerprint(source)}|${auth.mode}|${context.apiBaseUrl}`,
            partSize,
            partsTotal: plan.partsTotal,
            videoId,
            json: bearer ? (method, path) => context.json(method, path, signal) : undefined,
          },
          useSaved,
        );
        job.active = resumer;
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
      videoId = (await context.createVideo(fileName, signal)).videoId;
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
      job.phase = controller;
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
            job.wake();
          }
          if (!part) return;
        }
      };
      await Promise.allSettled(Array.from({ length: job.concurrency }, worker));
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

  const off = onlineManager.subscribe(() => (onlineManager.getSnapshot() ? job.wake() : job.halt()));
  try {
    return await run(true);
  } catch (error) {
    await job.active?.flush();
    throw error;
  } finally {
    off();
  }
}
