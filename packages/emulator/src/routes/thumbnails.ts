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
    // The spec's pattern says `hh:mm:ss.xx`, but its own examples and the official clients' send milliseconds
    // (`00:01:00.000`), which api.video accepts (a JSON Schema pattern is not anchored).
    const body = readBody<{ timecode: string }>(
      request.body,
      { timecode: { type: 'string', pattern: /^\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/ } },
      ['timecode'],
    );
    const saved = ctx.videos.update(video.videoId, (current) => current, true)!;
    ctx.events.emit('thumbnail:picked', { videoId: video.videoId, timecode: body.timecode });
    return videoToApi(ctx, saved);
  });
}
