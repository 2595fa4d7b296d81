import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Broadcasts } from './broadcasts.js';

const MANIFEST = /^([A-Za-z0-9_-]{1,64})\.m3u8$/;
const SEGMENT = /^\d{1,9}\.ts$/;
const SESSION = /^[0-9a-f]{12}$/;

/** Decides whether a private live stream's token `T` may read the stream. */
export type LiveTokenCheck = (liveStreamId: string, token: string) => boolean;

/**
 * Live HLS delivery, in live.api.video's path shapes:
 * `/live/{liveStreamId}.m3u8` and, for private streams, `/live/private/{T}/{liveStreamId}.m3u8`. Segment URIs in
 * the playlist are relative (`{liveStreamId}/{session}/{n}.ts`), so the same playlist works under both prefixes.
 * Off air, the manifest answers 404 (players show "offline" on it).
 */
export function registerLiveRoutes(
  app: FastifyInstance,
  options: {
    broadcasts: Broadcasts;
    isPrivate: (liveStreamId: string) => boolean;
    checkToken: LiveTokenCheck;
    /** Where an uploaded live thumbnail is stored, for `/live/{id}/thumbnail.jpg`; throws for an invalid id. */
    thumbnailPath: (liveStreamId: string) => string;
  },
): void {
  const { broadcasts } = options;

  async function manifest(reply: FastifyReply, file: string, token: string | undefined) {
    const id = MANIFEST.exec(file)?.[1];
    if (!id) return offline(reply);
    if (token === undefined ? options.isPrivate(id) : !options.checkToken(id, token)) return offline(reply);
    const path = broadcasts.playlistPath(id);
    // Until ffmpeg has written the first segment the stream is not watchable yet, so it is still "offline".
    const text = path ? await readFile(path, 'utf8').catch(() => undefined) : undefined;
    if (!text?.includes('#EXTINF')) return offline(reply);
    return reply
      .header('content-type', 'application/vnd.apple.mpegurl')
      .header('cache-control', 'no-cache, no-store')
      .send(text);
  }

  function segment(reply: FastifyReply, id: string, session: string, file: string, token: string | undefined) {
    const broadcast = broadcasts.get(id);
    if (!broadcast || broadcast.session !== session || !SESSION.test(session) || !SEGMENT.test(file)) {
      return offline(reply);
    }
    if (token === undefined ? options.isPrivate(id) : !options.checkToken(id, token)) return offline(reply);
    const stream = createReadStream(join(broadcast.dir, file));
    return new Promise<FastifyReply>((resolve) => {
      // A segment rotated out of the window between the playlist and this request is simply gone.
      stream.once('error', () => resolve(offline(reply)));
      stream.once('open', () =>
        resolve(reply.header('content-type', 'video/mp2t').header('cache-control', 'public, max-age=60').send(stream)),
      );
    });
  }

  app.get<{ Params: { id: string } }>('/live/:id/thumbnail.jpg', async (request, reply) => {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(request.params.id)) return notFound(reply);
    const uploaded = await readFile(options.thumbnailPath(request.params.id)).catch(() => undefined);
    // Without an uploaded image, a public stream on air shows what it is broadcasting, as on api.video.
    const live = uploaded || options.isPrivate(request.params.id) ? undefined : broadcasts.snapshot(request.params.id);
    const image = uploaded ?? (await live);
    if (!image) return notFound(reply);
    // Uploads may be JPEG or PNG; the URL keeps api.video's `.jpg` either way.
    const type = image[0] === 0x89 ? 'image/png' : 'image/jpeg';
    return reply.header('content-type', type).header('cache-control', 'no-cache').send(image);
  });
  app.get<{ Params: { file: string } }>('/live/:file', (request, reply) =>
    manifest(reply, request.params.file, undefined),
  );
  app.get<{ Params: { token: string; file: string } }>('/live/private/:token/:file', (request, reply) =>
    manifest(reply, request.params.file, request.params.token),
  );
  app.get<{ Params: { id: string; session: string; file: string } }>('/live/:id/:session/:file', (request, reply) =>
    segment(reply, request.params.id, request.params.session, request.params.file, undefined),
  );
  app.get<{ Params: { token: string; id: string; session: string; file: string } }>(
    '/live/private/:token/:id/:session/:file',
    (request, reply) =>
      segment(reply, request.params.id, request.params.session, request.params.file, request.params.token),
  );
}

function notFound(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .send({ type: 'https://docs.api.video/reference/', title: 'This live stream has no thumbnail.', status: 404 });
}

function offline(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .header('cache-control', 'no-cache, no-store')
    .send({ type: 'https://docs.api.video/reference/', title: 'This live stream is not broadcasting.', status: 404 });
}
