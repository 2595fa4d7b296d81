import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, QueryOf, Video, VideoStatus } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** Filters of `videos.list`: `tags` is sent as `tags[]`, `metadata` as `metadata[key]=value`. */
export type VideoListQuery = Omit<QueryOf<'LIST-videos'>, 'tags[]'> & { tags?: string[] };

/**
 * The videos resource: `/videos`, their status and thumbnails. Source uploads are in `uploadsResource`
 * (one request) and `createUpload` (chunked, resumable).
 *
 * @example
 * const videos = videosResource(createHttpClient({ apiKey }));
 * const video = await videos.create({ title: 'Demo' });
 */
export function videosResource(http: HttpClient) {
  const path = (videoId: string, rest = '') => `/videos/${encodeURIComponent(videoId)}${rest}`;
  return {
    /** Lists videos (`GET /videos`); await it for one page or `for await` it for every video. */
    list: (query?: VideoListQuery, options?: RequestOptions) =>
      paginate<Video>(http, { operation: 'LIST-videos', method: 'GET', path: '/videos', query }, options),
    /** Creates a video container (`POST /videos`); upload its source next. */
    create: (body: BodyOf<'POST-video'>, options?: RequestOptions) =>
      http.request<Video>({ operation: 'POST-video', method: 'POST', path: '/videos', body }, options),
    /** Gets a video (`GET /videos/{videoId}`); private videos come with fresh single-use asset tokens. */
    get: (videoId: string, options?: RequestOptions) =>
      http.request<Video>({ operation: 'GET-video', method: 'GET', path: path(videoId) }, options),
    /** Updates a video's fields (`PATCH /videos/{videoId}`). */
    update: (videoId: string, body: BodyOf<'PATCH-video'>, options?: RequestOptions) =>
      http.request<Video>({ operation: 'PATCH-video', method: 'PATCH', path: path(videoId), body }, options),
    /** Deletes a video (`DELETE /videos/{videoId}`); it goes to the discarded videos. */
    delete: (videoId: string, options?: RequestOptions) =>
      http.request<void>({ operation: 'DELETE-video', method: 'DELETE', path: path(videoId) }, options),
    /** Ingest and encoding progress (`GET /videos/{videoId}/status`). */
    getStatus: (videoId: string, options?: RequestOptions) =>
      http.request<VideoStatus>(
        { operation: 'GET-video-status', method: 'GET', path: path(videoId, '/status') },
        options,
      ),
    /** Uploads a JPEG or PNG as the thumbnail (`POST /videos/{videoId}/thumbnail`). */
    uploadThumbnail: async (videoId: string, file: BinarySource, options?: RequestOptions) =>
      http.request<Video>(
        {
          operation: 'POST_videos-videoId-thumbnail',
          method: 'POST',
          path: path(videoId, '/thumbnail'),
          body: await toFormData(file),
        },
        options,
      ),
    /** Picks the thumbnail from a frame, e.g. `{ timecode: '00:00:05.00' }` (`PATCH /videos/{videoId}/thumbnail`). */
    pickThumbnail: (videoId: string, body: BodyOf<'PATCH_videos-videoId-thumbnail'>, options?: RequestOptions) =>
      http.request<Video>(
        { operation: 'PATCH_videos-videoId-thumbnail', method: 'PATCH', path: path(videoId, '/thumbnail'), body },
        options,
      ),
  };
}

/** The videos resource's methods. */
export type VideosResource = ReturnType<typeof videosResource>;
