import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import { notFound } from '../problems.js';
import type { VideoRecord } from '../store/types.js';
import type { RouteDeps } from './deps.js';
import { videoToApi } from './shapes.js';
import { listVideos } from './video-list.js';

/** Deleted videos stay restorable for 90 days, as with api.video's video restore. */
export function registerDiscardedRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const discarded = (videoId: string): VideoRecord => {
    const video = ctx.videos.get(videoId);
    if (!video || !video.discarded) throw notFound('videoId');
    return video;
  };

  app.get('/discarded/videos', async (request) =>
    listVideos(
      ctx,
      request,
      ctx.videos.list().filter((video) => video.discarded),
    ),
  );

  app.get<{ Params: { videoId: string } }>('/discarded/videos/:videoId', async (request) =>
    videoToApi(ctx, discarded(request.params.videoId)),
  );

  app.patch<{ Params: { videoId: string } }>('/discarded/videos/:videoId', async (request) => {
    const video = discarded(request.params.videoId);
    const body = readBody<{ discarded?: boolean }>(request.body, { discarded: { type: 'boolean' } });
    if (body.discarded !== false) return videoToApi(ctx, video);
    const restored = ctx.videos.update(
      video.videoId,
      (current) => ({ ...current, discarded: false, discardedAt: null, deletesAt: null }),
      true,
    )!;
    ctx.events.emit('video:restored', { videoId: video.videoId });
    // Deleting cancelled any encoding in progress; a restored video picks it up again.
    const { qualities } = restored.encoding;
    const settled = qualities.length > 0 && qualities.every((q) => q.status === 'encoded' || q.status === 'failed');
    if (restored.upload.assembled && !settled) {
      ctx.events.emit('source:assembled', { videoId: video.videoId, path: ctx.paths.source(video.videoId) });
    }
    return videoToApi(ctx, restored);
  });
}
