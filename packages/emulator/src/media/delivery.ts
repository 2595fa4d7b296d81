import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { ApiProblem, notFound } from '../problems.js';
import type { VideoRecord } from '../store/types.js';
import { ID_PATTERN } from '../util/ids.js';
import { resolveAsset, withSession, type Asset } from './assets.js';
import { contentTypeOf, sendFile } from './send-file.js';
import type { PrivateAccess } from './private-access.js';

type AssetRequest = FastifyRequest<{
  Params: { videoId: string; token?: string; '*': string };
  Querystring: { avh?: string };
}>;

const refused = () =>
  new ApiProblem(
    403,
    'private-video-access-denied',
    'This video is private: use the asset URLs of a fresh GET /videos/{videoId} (single-use token), or a session token as `avh` or `X-Token-Session`.',
  );

function cors(reply: FastifyReply) {
  // Players on any origin load media; the API's own CORS rules (localhost only) are stricter on purpose.
  if (!reply.hasHeader('access-control-allow-origin')) reply.header('access-control-allow-origin', '*');
  reply.header('access-control-expose-headers', 'Content-Length, Content-Range, Accept-Ranges, ETag');
  reply.header('timing-allow-origin', '*');
}

function findVideo(ctx: EmulatorContext, videoId: string): VideoRecord {
  const video = ID_PATTERN.test(videoId) ? ctx.videos.get(videoId) : undefined;
  if (!video || video.discarded) throw notFound('videoId');
  return video;
}

/** The newest of the generated thumbnail and an uploaded one (upload replaces, a later pick regenerates). */
async function thumbnailPath(ctx: EmulatorContext, videoId: string): Promise<string | undefined> {
  const candidates = [join(ctx.paths.media(videoId), 'thumbnail.jpg'), ctx.paths.thumbnail(videoId)];
  let best: { path: string; mtime: number } | undefined;
  for (const path of candidates) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() && (!best || info.mtimeMs > best.mtime)) best = { path, mtime: info.mtimeMs };
  }
  return best?.path;
}

async function deliver(
  ctx: EmulatorContext,
  request: AssetRequest,
  reply: FastifyReply,
  video: VideoRecord,
  asset: Asset,
  session: string | undefined,
) {
  const isPrivate = !video.public;
  const mediaDir = ctx.paths.media(video.videoId);
  if (asset.kind === 'master' && !existsSync(join(mediaDir, asset.file))) {
    // Not playable yet: what api.video answers, and what playable checks poll for.
    reply.code(202).header('cache-control', 'no-cache').header('content-type', contentTypeOf(asset.file)).send('');
    return;
  }
  if (asset.kind === 'mp4' && !video.mp4Support) throw notFound('videoId');
  const path = asset.kind === 'thumbnail' ? await thumbnailPath(ctx, video.videoId) : join(mediaDir, asset.file);
  if (!path) throw notFound('videoId');
  if ((asset.kind === 'master' || asset.kind === 'playlist') && session) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) throw notFound('videoId');
    reply
      .header('content-type', contentTypeOf(path))
      .header('cache-control', 'private, no-cache')
      .send(withSession(text, session));
    return;
  }
  const cache = asset.kind === 'segment' || asset.kind === 'mp4' ? 'immutable' : 'revalidate';
  if (!(await sendFile(request, reply, path, { cache, isPrivate }))) throw notFound('videoId');
}

/** Registers `/vod/{id}/…` (public) and `/vod/{id}/token/{T}/…` (private) delivery, captions and chapters. */
export function registerDeliveryRoutes(app: FastifyInstance, ctx: EmulatorContext, access: PrivateAccess): void {
  const sessionOf = (request: AssetRequest) => {
    const header = request.headers['x-token-session'];
    return request.query.avh ?? (typeof header === 'string' ? header : undefined);
  };

  app.get('/vod/:videoId/*', async (request: AssetRequest, reply) => {
    cors(reply);
    const rest = request.params['*'];
    const text = /^(captions|chapters)\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\.vtt$/.exec(rest);
    const video = findVideo(ctx, request.params.videoId);
    if (text) {
      // Captions and chapters are public files, like api.video's `src` URLs, even for private videos.
      const path =
        text[1] === 'captions'
          ? ctx.paths.caption(video.videoId, text[2]!)
          : ctx.paths.chapter(video.videoId, text[2]!);
      if (!(await sendFile(request, reply, path, { cache: 'revalidate', isPrivate: false }))) {
        throw notFound('language');
      }
      return reply;
    }
    const asset = resolveAsset(rest);
    if (!asset) throw notFound('videoId');
    if (!video.public) {
      const session = sessionOf(request);
      if (!access.sessionValid(video.videoId, session)) throw refused();
      await deliver(ctx, request, reply, video, asset, session);
      return reply;
    }
    await deliver(ctx, request, reply, video, asset, undefined);
    return reply;
  });

  app.get('/vod/:videoId/token/:token/*', async (request: AssetRequest, reply) => {
    cors(reply);
    const video = findVideo(ctx, request.params.videoId);
    const token = request.params.token ?? '';
    const rest = request.params['*'];
    if (rest === 'session') {
      if (!access.consume(video.videoId, token)) throw refused();
      reply.header('cache-control', 'private, no-store');
      return reply.send({ session_token: access.openSession(video.videoId) });
    }
    const asset = resolveAsset(rest);
    if (!asset) throw notFound('videoId');
    if (!access.known(video.videoId, token)) throw refused();
    if (asset.kind === 'master' && !existsSync(join(ctx.paths.media(video.videoId), asset.file))) {
      // Polling a not-yet-playable private video must not use up its token.
      await deliver(ctx, request, reply, video, asset, undefined);
      return reply;
    }
    let session = sessionOf(request);
    if (access.sessionValid(video.videoId, session)) {
      await deliver(ctx, request, reply, video, asset, session);
      return reply;
    }
    if (!access.consume(video.videoId, token)) throw refused();
    // A plain HLS player given only the tokenized manifest URL must still reach the renditions and segments:
    // the first use of a token for a playlist opens a session and writes it into the playlist's URIs.
    session = asset.kind === 'master' || asset.kind === 'playlist' ? access.openSession(video.videoId) : undefined;
    await deliver(ctx, request, reply, video, asset, session);
    return reply;
  });
}
