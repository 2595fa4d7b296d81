import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorContext } from '../context.js';
import type { Quality as QualityState } from '../store/types.js';
import { emitWebhook } from '../webhooks/for-context.js';
import { parseTimecode } from './assets.js';
import type { Trim, WatermarkPlacement } from './encode.js';
import type { FfmpegTools } from './ffmpeg.js';
import { runPipeline, type PipelineEvent } from './pipeline.js';
import type { EncodingJob } from './queue.js';

function watermarkOf(ctx: EmulatorContext, videoId: string): WatermarkPlacement | undefined {
  const mark = ctx.videos.get(videoId)?.watermark;
  if (!mark?.id) return undefined;
  let path: string;
  try {
    path = ctx.paths.watermark(mark.id);
  } catch {
    return undefined;
  }
  if (!existsSync(path)) {
    ctx.log('warn', `video ${videoId}: watermark ${mark.id} has no image; encoding without it`);
    return undefined;
  }
  return { ...mark, path };
}

function trimOf(ctx: EmulatorContext, videoId: string): Trim | undefined {
  const clip = ctx.videos.get(videoId)?.clip;
  if (!clip) return undefined;
  const start = clip.startTimecode ? (parseTimecode(clip.startTimecode) ?? 0) : 0;
  const end = clip.endTimecode ? parseTimecode(clip.endTimecode) : undefined;
  if (start === 0 && end === undefined) return undefined;
  return end === undefined ? { start } : { start, end };
}

function applyEvent(ctx: EmulatorContext, videoId: string, event: PipelineEvent) {
  if (event.kind === 'probed') {
    const { info } = event;
    ctx.videos.setIngestStatus(videoId, 'ingested');
    ctx.videos.updateEncoding(videoId, (encoding) => ({
      ...encoding,
      qualities: event.qualities,
      metadata: {
        width: info.width,
        height: info.height,
        bitrate: info.bitrate,
        duration: info.duration,
        framerate: info.framerate,
        samplerate: info.samplerate,
        videoCodec: info.videoCodec,
        audioCodec: info.audioCodec,
        aspectRatio: info.aspectRatio,
      },
    }));
  } else if (event.kind === 'quality') {
    const { state } = event;
    ctx.videos.updateEncoding(videoId, (encoding) => ({
      ...encoding,
      playable: encoding.playable || event.playable,
      qualities: encoding.qualities.map((q) =>
        q.type === state.type && q.quality === state.quality ? { ...q, status: state.status } : q,
      ),
    }));
    if (state.status === 'encoded') {
      void emitWebhook(ctx, 'video.encoding.quality.completed', {
        videoId,
        encoding: state.type,
        quality: state.quality,
      });
    }
  }
}

/** The queue's `run`: encodes one video's source and keeps its status up to date on the way. */
export function encodingJob(ctx: EmulatorContext, tools: FfmpegTools) {
  return async (job: EncodingJob, signal: AbortSignal): Promise<void> => {
    const video = ctx.videos.get(job.videoId);
    if (!video || video.discarded) return;
    ctx.videos.setIngestStatus(job.videoId, 'ingesting');
    ctx.videos.updateEncoding(job.videoId, (encoding) => ({ ...encoding, playable: false, qualities: [] }));
    // The encodingDelayMs fault: a window in which the video is certainly not playable yet.
    if (ctx.faults.encodingDelayMs > 0) await sleep(ctx.faults.encodingDelayMs, undefined, { signal });
    await runPipeline({
      tools,
      source: job.source,
      videoDir: ctx.paths.media(job.videoId),
      mp4: video.mp4Support,
      watermark: watermarkOf(ctx, job.videoId),
      trim: trimOf(ctx, job.videoId),
      signal,
      onEvent: (event) => applyEvent(ctx, job.videoId, event),
    });
  };
}

/**
 * The queue's `onFailure`: a source that could not be encoded shows as failed in `GET /videos/{id}/status`.
 * When ffprobe could not even read it, no rendition was planned, so one failed `hls` entry says so.
 */
export function encodingFailed(ctx: EmulatorContext) {
  return (job: EncodingJob, error: unknown): void => {
    ctx.log('warn', `video ${job.videoId}: encoding failed: ${error instanceof Error ? error.message : String(error)}`);
    ctx.videos.setIngestStatus(job.videoId, 'ingested');
    ctx.videos.updateEncoding(job.videoId, (encoding) => {
      const qualities: QualityState[] = encoding.qualities.length
        ? encoding.qualities.map((q) => (q.status === 'encoded' ? q : { ...q, status: 'failed' }))
        : [{ type: 'hls', quality: '240p', status: 'failed' }];
      return { ...encoding, qualities };
    });
  };
}
