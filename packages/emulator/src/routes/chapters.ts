import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { paginate } from '../http/pagination.js';
import { notFound } from '../problems.js';
import type { ChapterRecord } from '../store/types.js';
import type { RouteDeps } from './deps.js';
import { receiveVtt } from './files.js';
import { liveVideo } from './videos.js';

type Params = { videoId: string; language: string };

/** The API shape of a chapter file; `src` is served by the media module. */
export function chapterToApi(deps: RouteDeps, chapter: ChapterRecord): Record<string, unknown> {
  return {
    uri: `/videos/${chapter.videoId}/chapters/${chapter.language}`,
    src: `${deps.ctx.url}/vod/${chapter.videoId}/chapters/${chapter.language}.vtt`,
    language: chapter.language,
  };
}

const key = (videoId: string, language: string) => `${videoId}:${language}`;

/** Chapters (VTT): upload (checked), list, get, delete. Files at `ctx.paths.chapter(id, lang)`. */
export function registerChapterRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const find = (params: Params) => {
    const video = liveVideo(deps, params.videoId);
    const path = ctx.paths.chapter(video.videoId, params.language);
    return { video, path, chapter: deps.chapters.get(key(video.videoId, params.language)) };
  };

  app.get<{ Params: { videoId: string } }>('/videos/:videoId/chapters', async (request) => {
    const video = liveVideo(deps, request.params.videoId);
    const page = paginate(
      request,
      ctx.url,
      deps.chapters.all().filter((c) => c.videoId === video.videoId),
    );
    return { ...page, data: page.data.map((c) => chapterToApi(deps, c)) };
  });

  app.get<{ Params: Params }>('/videos/:videoId/chapters/:language', async (request) => {
    const { chapter } = find(request.params);
    if (!chapter) throw notFound('language');
    return chapterToApi(deps, chapter);
  });

  app.post<{ Params: Params }>('/videos/:videoId/chapters/:language', async (request) => {
    const { video, path } = find(request.params);
    await receiveVtt(request, ctx, path);
    const id = key(video.videoId, request.params.language);
    const chapter =
      deps.chapters.get(id) ?? deps.chapters.insert(id, { videoId: video.videoId, language: request.params.language });
    ctx.events.emit('chapter:uploaded', { videoId: video.videoId, language: chapter.language, path });
    return chapterToApi(deps, chapter);
  });

  app.delete<{ Params: Params }>('/videos/:videoId/chapters/:language', async (request, reply) => {
    const { video, chapter, path } = find(request.params);
    if (!chapter) throw notFound('language');
    deps.chapters.delete(key(video.videoId, chapter.language));
    await rm(path, { force: true });
    ctx.events.emit('chapter:deleted', { videoId: video.videoId, language: chapter.language });
    return reply.code(204).send();
  });
}
