import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, Video } from '../client/types.js';
import type { VideoListQuery } from './videos.js';

/** Deleted videos kept for 90 days (`/discarded/videos`): list, get, and restore through `update`. */
export function discardedVideosResource(http: HttpClient) {
  const path = (videoId: string) => `/discarded/videos/${encodeURIComponent(videoId)}`;
  return {
    /** Lists discarded videos (`GET /discarded/videos`). */
    list: (query?: VideoListQuery, options?: RequestOptions) =>
      paginate<Video>(
        http,
        { operation: 'LIST-discarded-videos', method: 'GET', path: '/discarded/videos', query },
        options,
      ),
    /** Gets a discarded video (`GET /discarded/videos/{videoId}`). */
    get: (videoId: string, options?: RequestOptions) =>
      http.request<Video>({ operation: 'GET-discarded-video', method: 'GET', path: path(videoId) }, options),
    /** Restores a discarded video with `{ discarded: false }` (`PATCH /discarded/videos/{videoId}`). */
    update: (videoId: string, body: BodyOf<'PATCH-discarded-video'>, options?: RequestOptions) =>
      http.request<Video>({ operation: 'PATCH-discarded-video', method: 'PATCH', path: path(videoId), body }, options),
  };
}

/** The discarded videos resource's methods. */
export type DiscardedVideosResource = ReturnType<typeof discardedVideosResource>;
