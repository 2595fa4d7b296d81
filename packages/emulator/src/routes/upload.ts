import type { FastifyInstance } from 'fastify';
import { ApiProblem, invalidAttribute } from '../problems.js';
import type { RouteDeps } from './deps.js';
import { videoToApi } from './shapes.js';
import { activeUploadToken } from './upload-tokens.js';
import { liveVideo } from './videos.js';

const tokenRefused = () => new ApiProblem(404, 'resource-not-found', 'The requested resource was not found.', 'token');

/** `POST /videos/{videoId}/source` (authenticated). */
export function registerSourceUploadRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post<{ Params: { videoId: string } }>('/videos/:videoId/source', async (request, reply) => {
    const video = liveVideo(deps, request.params.videoId);
    const saved = await deps.ingest.receive(request, { video });
    return reply.code(201).send(videoToApi(deps.ctx, saved));
  });
}

/**
 * `POST /upload?token=…` (no auth: the token is the credential). The first request creates the video; later parts
 * carry the form field `videoId`.
 */
export function registerTokenUploadRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/upload', async (request, reply) => {
    const token = (request.query as Record<string, unknown>)['token'];
    if (typeof token !== 'string' || !activeUploadToken(deps, token)) throw tokenRefused();
    const saved = await deps.ingest.receive(request, {
      fromForm: (form) => {
        // The token may have expired or been deleted while the body was on its way.
        if (!activeUploadToken(deps, token)) throw tokenRefused();
        const videoId = form.fields['videoId'];
        if (videoId !== undefined && videoId !== '') {
          const video = deps.ctx.videos.get(videoId);
          if (!video || video.discarded || video.uploadToken !== token) {
            throw invalidAttribute('videoId', 'This video was not created with this upload token.');
          }
          return { video, created: false };
        }
        const title = form.file.filename ? form.file.filename.replace(/\.[^.]*$/, '') || form.file.filename : 'file';
        return { video: deps.ctx.videos.create({ title, uploadToken: token }), created: true };
      },
    });
    return reply.code(201).send(videoToApi(deps.ctx, saved));
  });
}
