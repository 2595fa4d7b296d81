import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import { invalidAttribute, notFound } from '../problems.js';
import type { VideoRecord } from '../store/types.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps } from './deps.js';
import { videoToApi } from './shapes.js';
import { importSource } from './source-import.js';
import type { SourceSpec } from './source-import.js';
import { listVideos } from './video-list.js';
import { applyVideoFields, readClip, readWatermark, VIDEO_CREATION_RULES, VIDEO_RULES } from './video-fields.js';
import type { VideoFields } from './video-fields.js';

/** A video that exists and is not discarded, or api.video's 404. */
export function liveVideo(deps: RouteDeps, videoId: string): VideoRecord {
  const video = deps.ctx.videos.get(videoId);
  if (!video || video.discarded) throw notFound('videoId');
  return video;
}

const DISCARD_RETENTION_MS = 90 * 24 * 3600 * 1000;

/** Videos: list, create (with `source` = URL or videoId), get, update, delete (discard), status. */
export function registerVideoRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get('/videos', async (request) =>
    listVideos(
      ctx,
      request,
      ctx.videos.list().filter((video) => !video.discarded),
    ),
  );

  app.post('/videos', async (request, reply) => {
    const body = readBody<VideoFields & { title: string; source?: string; clip?: unknown; watermark?: unknown }>(
      request.body,
      VIDEO_CREATION_RULES,
      ['title'],
    );
    const source = body.source === undefined || body.source === '' ? undefined : classifySource(deps, body.source);
    const draft = applyVideoFields(deps, ctx.videos.create({ title: body.title }), body);
    if (body.clip !== undefined) draft.clip = readClip(body.clip);
    if (body.watermark !== undefined) draft.watermark = readWatermark(deps, body.watermark);
    if (source)
      draft.source =
        source.kind === 'url'
          ? { type: 'url', uri: source.url }
          : { type: 'clone', uri: `/videos/${source.videoId}/source` };
    const video = ctx.videos.update(draft.videoId, () => draft)!;
    if (source) {
      void importSource(ctx, video.videoId, source).catch((error: unknown) => {
        ctx.log('warn', `importing the source of ${video.videoId} failed`, error);
        ctx.events.emit('source:import-failed', { videoId: video.videoId, reason: String(error) });
      });
      return reply.code(202).send(videoToApi(ctx, video));
    }
    return reply.code(201).send(videoToApi(ctx, video));
  });

  app.get<{ Params: { videoId: string } }>('/videos/:videoId', async (request) =>
    videoToApi(ctx, liveVideo(deps, request.params.videoId)),
  );

  app.patch<{ Params: { videoId: string } }>('/videos/:videoId', async (request) => {
    const video = liveVideo(deps, request.params.videoId);
    const body = readBody<VideoFields>(request.body, VIDEO_RULES);
    const next = applyVideoFields(deps, video, body);
    const saved = ctx.videos.update(video.videoId, () => next, true)!;
    ctx.events.emit('video:updated', { videoId: video.videoId });
    return videoToApi(ctx, saved);
  });

  app.delete<{ Params: { videoId: string } }>('/videos/:videoId', async (request, reply) => {
    const video = liveVideo(deps, request.params.videoId);
    const now = Date.now();
    ctx.videos.update(video.videoId, (current) => ({
      ...current,
      discarded: true,
      discardedAt: timestamp(now),
      deletesAt: timestamp(now + DISCARD_RETENTION_MS),
    }));
    ctx.events.emit('video:deleted', { videoId: video.videoId });
    return reply.code(204).send();
  });

  app.get<{ Params: { videoId: string } }>('/videos/:videoId/status', async (request) =>
    ctx.videos.status(liveVideo(deps, request.params.videoId)),
  );
}

function classifySource(deps: RouteDeps, source: string): SourceSpec {
  if (/^https?:\/\//i.test(source)) {
    try {
      return { kind: 'url', url: new URL(source).toString() };
    } catch {
      throw invalidAttribute('source', 'This attribute must be a URL or a videoId.');
    }
  }
  const original = deps.ctx.videos.get(source);
  if (original && !original.discarded) {
    if (!original.upload.assembled) throw invalidAttribute('source', 'The video to copy has no source yet.');
    return { kind: 'clone', videoId: source };
  }
  throw invalidAttribute('source', 'This attribute must be a URL or the videoId of an uploaded video.');
}
