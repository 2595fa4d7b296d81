import { OptionsError } from '../errors.js';
import { planChunks } from './chunk-plan.js';
import type { UploadContext } from './context.js';
import { rangedQueue, type PartQueue } from './part-queue.js';
import type { Resumer } from './resume.js';
import { fingerprint, openSource } from './open-source.js';
import type { UploadedVideo } from './types.js';
import type { UploadJob } from './upload-job.js';

/** One run's state: what `prepareRun` found, and what sending the parts changes. */
export interface RunState {
  fileName: string;
  /** Bearer mode (an access token): the client creates the video; token mode: the first part does. */
  bearer: boolean;
  /** The file size, `undefined` for a stream of unknown length. */
  size: number | undefined;
  queue: PartQueue;
  resumer: Resumer | undefined;
  videoId: string | undefined;
  /** Parts the API has. */
  done: Set<number>;
  /** Bytes of the parts in `done`. */
  bytesUploaded: number;
  /** The final Video, from the answer to the last part (or a GET once all are in). */
  video?: UploadedVideo;
}

/**
 * Opens the source, plans the parts and, with `resume`, restores saved progress (`useSaved`: false starts over as a
 * new video). A stream of unknown length gets a queue that reads as it goes.
 */
export async function prepareRun(job: UploadJob, context: UploadContext, useSaved: boolean): Promise<RunState> {
  const { options } = job;
  const source = await openSource(options.file);
  const bearer = context.auth.mode === 'bearer';
  const size = source.size;
  let videoId = options.videoId;
  let done = new Set<number>();
  let resumer: Resumer | undefined;
  let partSize = job.chunkSize;
  let queue: PartQueue;
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
          key: `${fingerprint(source)}|${context.auth.mode}|${context.apiBaseUrl}`,
          partSize,
          partsTotal: plan.partsTotal,
          videoId,
          json: bearer ? (method, path) => context.json(method, path, job.signal) : undefined,
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
  let bytesUploaded = 0;
  for (const n of done) bytesUploaded += Math.min(partSize, size! - (n - 1) * partSize);
  const fileName = options.videoName ?? source.name;
  return { fileName, bearer, size, queue, resumer, videoId, done, bytesUploaded };
}
