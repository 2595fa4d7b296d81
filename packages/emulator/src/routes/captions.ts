import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import { paginate } from '../http/pagination.js';
import { notFound } from '../problems.js';
import type { CaptionRecord } from '../store/types.js';
import type { RouteDeps } from './deps.js';
import { receiveVtt } from './files.js';
import { liveVideo } from './videos.js';

type Params = { videoId: string; language: string };

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The API shape of a caption; `src` is served by the media module. */
export function captionToApi(deps: RouteDeps, caption: CaptionRecord): Record<string, unknown> {
  let languageName = caption.language;
  try {
    languageName = languageNames.of(caption.language) ?? caption.language;
  } catch {
    // An unusual tag keeps its code as its name.
  }
  return {
    uri: `/videos/${caption.videoId}/captions/${caption.language}`,
    src: `${deps.ctx.url}/vod/${caption.videoId}/captions/${caption.language}.vtt`,
    srclang: caption.language,
    languageName,
    default: caption.default,
  };
}

const key = (videoId: string, language: string) => `${videoId}:${language}`;

/** Captions: upload (VTT, checked), list, get, set default, delete. Files at `ctx.paths.caption(id, lang)`. */
export function registerCaptionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const find = (params: Params) => {
    const video = liveVideo(deps, params.videoId);
    const path = ctx.paths.caption(video.videoId, params.language);
    const caption = deps.captions.get(key(video.videoId, params.language));
    return { video, path, caption };
  };

  app.get<{ Params: { videoId: string } }>('/videos/:videoId/captions', async (request) => {
    const video = liveVideo(deps, request.params.videoId);
    const captions = deps.captions.all().filter((c) => c.videoId === video.videoId);
    const page = paginate(request, ctx.url, captions);
    return { ...page, data: page.data.map((c) => captionToApi(deps, c)) };
  });

  app.get<{ Params: Params }>('/videos/:videoId/captions/:language', async (request) => {
    const { caption } = find(request.params);
    if (!caption) throw notFound('language');
    return captionToApi(deps, caption);
  });

  app.post<{ Params: Params }>('/videos/:videoId/captions/:language', async (request) => {
    const { video, path } = find(request.params);
    await receiveVtt(request, ctx, path);
    const id = key(video.videoId, request.params.language);
    const existing = deps.captions.get(id);
    const caption: CaptionRecord = existing ?? {
      videoId: video.videoId,
      language: request.params.language,
      default: false,
    };
    if (!existing) deps.captions.insert(id, caption);
    ctx.events.emit('caption:uploaded', { videoId: video.videoId, language: caption.language, path });
    return captionToApi(deps, caption);
  });

  app.patch<{ Params: Params }>('/videos/:videoId/captions/:language', async (request) => {
    const { video, caption } = find(request.params);
    if (!caption) throw notFound('language');
    const body = readBody<{ default?: boolean }>(request.body, { default: { type: 'boolean' } });
    if (body.default === true) {
      // One default per video, as a <track default> allows.
      for (const other of deps.captions.all()) {
        if (other.videoId === video.videoId && other.default) {
          deps.captions.update(key(other.videoId, other.language), (c) => ({ ...c, default: false }));
        }
      }
    }
    const saved = deps.captions.update(key(video.videoId, caption.language), (c) => ({
      ...c,
      default: body.default ?? c.default,
    }))!;
    return captionToApi(deps, saved);
  });

  app.delete<{ Params: Params }>('/videos/:videoId/captions/:language', async (request, reply) => {
    const { video, caption, path } = find(request.params);
    if (!caption) throw notFound('language');
    deps.captions.delete(key(video.videoId, caption.language));
    await rm(path, { force: true });
    ctx.events.emit('caption:deleted', { videoId: video.videoId, language: caption.language });
    return reply.code(204).send();
  });
}
