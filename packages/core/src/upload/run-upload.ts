import { abortReason } from '../internal/abort-reason.js';
import { onlineManager } from '../managers/online-manager.js';
import { createUploadContext, type UploadContext } from './context.js';
import { prepareRun } from './prepare-run.js';
import { trackProgress } from './run-progress.js';
import { sendPhase } from './send-phase.js';
import { createSpeedMeter } from './speed.js';
import type { UploadedVideo } from './types.js';
import type { UploadJob } from './upload-job.js';

type SpeedMeter = ReturnType<typeof createSpeedMeter>;

export type { UploadJob } from './upload-job.js';

/**
 * Sends the whole file: resumes saved progress, creates the video (bearer mode), sends the parts with
 * `concurrency` workers and retries, pauses while `paused()` or offline, and answers the final Video.
 * Loaded on demand by `createUpload`, so a page that only shows an uploader does not pay for it.
 */
export async function runUpload(job: UploadJob): Promise<UploadedVideo> {
  // Cancelled while this module loaded.
  if (job.signal.aborted) throw abortReason(job.signal);
  const context = createUploadContext(job.connection);
  const speed = createSpeedMeter();
  const off = onlineManager.subscribe(() => (onlineManager.getSnapshot() ? job.wake() : job.halt()));
  try {
    return await sendFile(job, context, speed, true);
  } catch (error) {
    await job.active?.flush();
    throw error;
  } finally {
    off();
  }
}

/** One run over the file: prepare, create the video, send phases until every part is in, then the final Video. */
async function sendFile(
  job: UploadJob,
  context: UploadContext,
  speed: SpeedMeter,
  useSaved: boolean,
): Promise<UploadedVideo> {
  const { store, signal, changed } = job;
  const halted = () => job.paused() || !onlineManager.getSnapshot();
  const run = await prepareRun(job, context, useSaved);
  const { size, bearer } = run;
  store.update({
    bytesTotal: size ?? 0,
    bytesUploaded: run.bytesUploaded,
    progress: size ? run.bytesUploaded / size : 0,
    partsDone: run.done.size,
    partsTotal: run.queue.partsKnown ?? 0,
  });
  if (!run.videoId && bearer) {
    run.videoId = (await context.createVideo(run.fileName, signal)).videoId;
  }
  const progress = trackProgress(run, store, speed, halted);
  progress.persist();
  try {
    for (;;) {
      while (halted()) await changed(signal);
      speed.restart();
      store.update({ status: 'uploading' });
      if (await sendPhase(job, context, run, progress)) break;
    }
  } catch (error) {
    // The saved video may be gone or belong to another upload token: start this file over as a new video.
    if (run.resumer?.refused(error)) return sendFile(job, context, speed, false);
    throw error;
  }
  const { videoId } = run;
  if (!run.video?.assets && videoId && bearer) {
    run.video = await context.json<UploadedVideo>('GET', `/videos/${videoId}`, signal);
  }
  await run.resumer?.clear();
  return run.video ?? { videoId: videoId! };
}
