import { OptionsError, UploadError, type VidkitError } from '../errors.js';
import { abortReason } from '../internal/abort-reason.js';
import type { UploadContext } from './context.js';
import type { Part } from './part-queue.js';
import type { RunState } from './prepare-run.js';
import type { RunProgress } from './run-progress.js';
import type { UploadJob } from './upload-job.js';

/**
 * Sends parts with `concurrency` workers until all are in (true) or a pause aborts the phase (false). The first
 * failure (out of retries) aborts the other workers and is thrown, as an `UploadError` naming its part.
 */
export async function sendPhase(
  job: UploadJob,
  context: UploadContext,
  run: RunState,
  progress: RunProgress,
): Promise<boolean> {
  const { signal, changed } = job;
  const { queue, size, fileName } = run;
  const controller = new AbortController();
  job.phase = controller;
  const phaseSignal = AbortSignal.any([signal, controller.signal]);
  let failure: unknown;
  let inflight = 0;
  const worker = async () => {
    while (!phaseSignal.aborted) {
      // Token mode: the first part creates the video and the others need its id, so it goes alone.
      if (!run.videoId && inflight > 0) {
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
          const answer = await context.send(
            part,
            { videoId: run.videoId, fileName },
            phaseSignal,
            progress.partEvents(part.n),
          );
          progress.onDone(part, answer);
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
                attempts: progress.attempts.get(part.n),
                videoId: run.videoId,
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
}
