import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import type { RouteDeps } from './deps.js';
import { JPEG_EXTENSIONS, receiveImage } from './files.js';
import { videoToApi } from './shapes.js';
import { liveVideo } from './videos.js';

/** `POST /videos/{id}/thumbnail` (upload, stored) and `PATCH` (pick a timecode; the media module regenerates). */
export function registerThumbnailRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  app.post<{ Params: { videoId: string } }>('/videos/:videoId/thumbnail', async (request) => {
    const video = liveVideo(deps, request.params.videoId);
    const path = ctx.paths.thumbnail(video.videoId);
    await receiveImage(request, ctx, JPEG_EXTENSIONS, path);
    const saved = ctx.videos.update(video.videoId, (current) => current, true)!;
    ctx.events.emit('thumbnail:uploaded', { videoId: video.videoId, path });
    return videoToApi(ctx, saved);
  });

  app.patch<{ Params: { videoId: string } }>('/videos/:videoId/thumbnail', async (request) => {
    const video = liveVideo(deps, request.params.videoId);
    const body = readBody<{ timecode: string }>(
      request.body,
      { timecode: { type: 'string', pattern: /^\d{2}:\d{2}:\d{2}(\.\d{2})?$/ } },
      ['timecode'],
    );
    const saved = ctx.videos.update(video.videoId, (current) => current, true)!;
    ctx.events.emit('thumbnail:picked', { videoId: video.videoId, timecode: body.timecode });
    return videoToApi(ctx, saved);
  });
}
