import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, LiveStream, QueryOf } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** Live streams (`/live-streams`), their thumbnails, and ending a broadcast. */
export function liveStreamsResource(http: HttpClient) {
  const path = (id: string, rest = '') => `/live-streams/${encodeURIComponent(id)}${rest}`;
  return {
    /** Lists live streams (`GET /live-streams`). */
    list: (query?: QueryOf<'GET_live-streams'>, options?: RequestOptions) =>
      paginate<LiveStream>(
        http,
        { operation: 'GET_live-streams', method: 'GET', path: '/live-streams', query },
        options,
      ),
    /** Creates a live stream; its `streamKey` is what the broadcaster pushes to (`POST /live-streams`). */
    create: (body: BodyOf<'POST_live-streams'>, options?: RequestOptions) =>
      http.request<LiveStream>(
        { operation: 'POST_live-streams', method: 'POST', path: '/live-streams', body },
        options,
      ),
    /** Gets a live stream, with `broadcasting` (`GET /live-streams/{liveStreamId}`). */
    get: (liveStreamId: string, options?: RequestOptions) =>
      http.request<LiveStream>(
        { operation: 'GET_live-streams-liveStreamId', method: 'GET', path: path(liveStreamId) },
        options,
      ),
    /** Updates a live stream (`PATCH /live-streams/{liveStreamId}`). */
    update: (liveStreamId: string, body: BodyOf<'PATCH_live-streams-liveStreamId'>, options?: RequestOptions) =>
      http.request<LiveStream>(
        { operation: 'PATCH_live-streams-liveStreamId', method: 'PATCH', path: path(liveStreamId), body },
        options,
      ),
    /** Deletes a live stream (`DELETE /live-streams/{liveStreamId}`). */
    delete: (liveStreamId: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'DELETE_live-streams-liveStreamId', method: 'DELETE', path: path(liveStreamId) },
        options,
      ),
    /** Uploads a JPEG or PNG thumbnail (`POST /live-streams/{liveStreamId}/thumbnail`). */
    uploadThumbnail: async (liveStreamId: string, file: BinarySource, options?: RequestOptions) =>
      http.request<LiveStream>(
        {
          operation: 'POST_live-streams-liveStreamId-thumbnail',
          method: 'POST',
          path: path(liveStreamId, '/thumbnail'),
          body: await toFormData(file),
        },
        options,
      ),
    /** Removes the thumbnail (`DELETE /live-streams/{liveStreamId}/thumbnail`). */
    deleteThumbnail: (liveStreamId: string, options?: RequestOptions) =>
      http.request<LiveStream>(
        {
          operation: 'DELETE_live-streams-liveStreamId-thumbnail',
          method: 'DELETE',
          path: path(liveStreamId, '/thumbnail'),
        },
        options,
      ),
    /** Ends the current broadcast (`PUT /live-streams/{liveStreamId}/complete`). */
    complete: (liveStreamId: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'PUT_live-streams-liveStreamId-complete', method: 'PUT', path: path(liveStreamId, '/complete') },
        options,
      ),
  };
}

/** The live streams resource's methods. */
export type LiveStreamsResource = ReturnType<typeof liveStreamsResource>;
