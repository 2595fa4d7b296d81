import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { parseTimecode } from './assets.js';
import { registerDeliveryRoutes } from './delivery.js';
import { writeThumbnail } from './encode.js';
import { encodingFailed, encodingJob } from './encoding-job.js';
import { findFfmpeg, type FfmpegTools } from './ffmpeg.js';
import { privateAccessFor } from './private-access.js';
import { probeMedia } from './probe.js';
import { createEncodingQueue } from './queue.js';

/**
 * Plugs media into the emulator: the encoding queue (fed by `source:assembled`, resumed on start), status updates
 * and `video.encoding.quality.completed` webhooks, `/vod/…` delivery with private tokens and sessions, thumbnail
 * picks, captions and chapters. Throws a `MediaError` (`ffmpeg_missing`) at start-up when encoding is enabled
 * and ffmpeg cannot be found.
 */
export function registerMedia(app: FastifyInstance, ctx: EmulatorContext): void {
  const access = privateAccessFor(ctx);
  ctx.hooks.mintPrivateToken = (videoId) => access.mint(videoId);
  registerDeliveryRoutes(app, ctx, access);
  if (!ctx.options.encoding.enabled) return;

  const tools = findFfmpeg();
  const queue = createEncodingQueue({
    db: ctx.db,
    concurrency: ctx.options.encoding.concurrency,
    run: encodingJob(ctx, tools),
    onFailure: encodingFailed(ctx),
  });
  ctx.onStop.push(() => queue.stop());
  ctx.events.on('source:assembled', ({ videoId, path }) => queue.enqueue(videoId, path));
  ctx.events.on('video:deleted', ({ videoId }) => queue.cancel(videoId));
  ctx.events.on('thumbnail:picked', ({ videoId, timecode }) => pickThumbnail(ctx, tools, videoId, timecode));
}

async function pickThumbnail(ctx: EmulatorContext, tools: FfmpegTools, videoId: string, timecode: string) {
  const seconds = parseTimecode(timecode);
  if (seconds === undefined) return;
  const source = ctx.paths.source(videoId);
  const info = await probeMedia(tools.ffprobe, source);
  await writeThumbnail({
    tools,
    source,
    videoDir: ctx.paths.media(videoId),
    seconds,
    duration: info.durationSeconds,
  });
}
