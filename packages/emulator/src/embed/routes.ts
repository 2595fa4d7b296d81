import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { privateAccessFor } from '../media/private-access.js';
import { ApiProblem, notFound } from '../problems.js';
import { captionToApi } from '../routes/captions.js';
import type { RouteDeps } from '../routes/deps.js';
import { ID_PATTERN } from '../util/ids.js';
import { renderEmbedPage, type EmbedConfig } from './page.js';

/**
 * The page's script, bundled from `@vidkit/core`'s player when the emulator is built (`scripts/build-embed.mjs`).
 * The same relative path works from `src/embed/` (tests) and `dist/embed/` (the published package).
 */
const PLAYER_SCRIPT = new URL('../../dist/embed/player.js', import.meta.url);

// The page runs no inline script and takes media from anywhere (hls.js uses blob: URLs and a blob: worker).
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  'img-src * data: blob:',
  'media-src * blob:',
  'connect-src *',
  'worker-src blob:',
  'frame-ancestors *',
].join('; ');

type Query = { token?: string; avh?: string };

let script: Promise<{ body: Buffer; etag: string }> | undefined;

function loadScript() {
  script ??= readFile(PLAYER_SCRIPT).then((body) => ({
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
  }));
  // A build that runs after the first request (development) is picked up on the next one.
  script.catch(() => (script = undefined));
  return script;
}

function sendPage(reply: FastifyReply, config: EmbedConfig) {
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', PAGE_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'strict-origin-when-cross-origin')
    .send(renderEmbedPage(config));
}

/**
 * The player pages that `assets.player` and `assets.iframe` point at (`/embed/vod/{id}`, `/embed/live/{id}`, api.video's
 * embed host), speaking the official `@api.video/player-sdk`'s postMessage protocol, and their script. Delivery:
 * never rate limited (see `installTrafficHooks`).
 */
export function registerEmbedRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const access = privateAccessFor(ctx);
  // A private resource's page names it only for a URL that carries one of its tokens (used or not) or a session;
  // checking does not use the token up (the page's script does, when it opens the session).
  const shown = (id: string, isPublic: boolean, query: { token?: string; avh?: string }) =>
    isPublic || (!!query.token && access.known(id, query.token)) || access.sessionValid(id, query.avh);

  app.get<{ Params: { videoId: string }; Querystring: Query }>('/embed/vod/:videoId', async (request, reply) => {
    const { videoId } = request.params;
    const video = ID_PATTERN.test(videoId) ? ctx.videos.get(videoId) : undefined;
    if (!video || video.discarded) throw notFound('videoId');
    const visible = shown(video.videoId, video.public, request.query);
    const captions = deps.captions
      .all()
      .filter((caption) => visible && caption.videoId === video.videoId)
      .map((caption) => {
        const { languageName } = captionToApi(deps, caption) as { languageName: string };
        // Same origin as the page, whichever host name it was opened with.
        const src = `/vod/${video.videoId}/captions/${caption.language}.vtt`;
        return { src, srclang: caption.language, languageName, default: caption.default };
      });
    return sendPage(reply, {
      type: 'vod',
      id: video.videoId,
      title: visible ? video.title : '',
      public: video.public,
      mp4: video.mp4Support,
      captions,
    });
  });

  app.get<{ Params: { liveStreamId: string }; Querystring: Query }>(
    '/embed/live/:liveStreamId',
    async (request, reply) => {
      const { liveStreamId } = request.params;
      const stream = ID_PATTERN.test(liveStreamId) ? ctx.liveStreams.get(liveStreamId) : undefined;
      if (!stream) throw notFound('liveStreamId');
      return sendPage(reply, {
        type: 'live',
        id: stream.liveStreamId,
        title: shown(stream.liveStreamId, stream.public, request.query) ? stream.name : '',
        public: stream.public,
        mp4: false,
        captions: [],
      });
    },
  );

  app.get('/embed/player.js', async (request, reply) => {
    const file = await loadScript().catch(() => {
      throw new ApiProblem(
        404,
        'embed-player-not-built',
        'The embed player script is built with the emulator: run `pnpm --filter @vidkit/emulator build`.',
      );
    });
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('access-control-allow-origin', '*')
      .header('etag', file.etag);
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    return reply.send(file.body);
  });
}
