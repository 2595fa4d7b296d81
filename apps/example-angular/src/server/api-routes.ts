import { ApiError } from '@vidkit/core';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { apiVideo } from './env';

/** An Express handler that answers `call`'s result as JSON, and an API error with the API's own status. */
const json =
  (call: (req: Request) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction): void => {
    call(req).then(
      (body) => res.json(body),
      (error: unknown) =>
        error instanceof ApiError ? res.status(error.status).json({ title: error.title }) : next(error),
    );
  };

const id = (req: Request) => String(req.params['id']);

/** The app's API: the only code that uses the API key. */
export function apiRoutes(): Router {
  const router = Router();
  // A delegated upload token for one browser upload: the browser uploads with it and never sees the API key.
  router.post('/upload-token', (_req, res, next) => {
    apiVideo()
      .uploadTokens.create({ ttl: 3600 })
      .then(({ token }) => res.set('cache-control', 'no-store').type('text/plain').send(token), next);
  });
  // The encoding status the upload page polls: the API needs the key for it.
  router.get(
    '/videos/:id/status',
    json((req) => apiVideo().videos.getStatus(id(req))),
  );
  router.get(
    '/videos/:id',
    json(async (req) => {
      const { videoId, title, description, assets } = await apiVideo().videos.get(id(req));
      return { videoId, title, description, assets };
    }),
  );
  // A live stream's public fields: never its stream key.
  router.get(
    '/live-streams/:id',
    json(async (req) => {
      const { liveStreamId, name } = await apiVideo().liveStreams.get(id(req));
      return { liveStreamId, name };
    }),
  );
  return router;
}
