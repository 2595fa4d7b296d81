import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { Chapter, QueryOf } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** A video's chapters (`/videos/{videoId}/chapters/{language}`), one WebVTT file per language. */
export function chaptersResource(http: HttpClient) {
  const path = (videoId: string, language = '') =>
    `/videos/${encodeURIComponent(videoId)}/chapters${language && `/${encodeURIComponent(language)}`}`;
  return {
    /** Lists a video's chapters (`GET /videos/{videoId}/chapters`). */
    list: (videoId: string, query?: QueryOf<'GET_videos-videoId-chapters'>, options?: RequestOptions) =>
      paginate<Chapter>(
        http,
        { operation: 'GET_videos-videoId-chapters', method: 'GET', path: path(videoId), query },
        options,
      ),
    /** Gets one language's chapters (`GET /videos/{videoId}/chapters/{language}`). */
    get: (videoId: string, language: string, options?: RequestOptions) =>
      http.request<Chapter>(
        { operation: 'GET_videos-videoId-chapters-language', method: 'GET', path: path(videoId, language) },
        options,
      ),
    /** Uploads a WebVTT chapters file (`POST /videos/{videoId}/chapters/{language}`). */
    upload: async (videoId: string, language: string, file: BinarySource, options?: RequestOptions) =>
      http.request<Chapter>(
        {
          operation: 'POST_videos-videoId-chapters-language',
          method: 'POST',
          path: path(videoId, language),
          body: await toFormData(file),
        },
        options,
      ),
    /** Deletes a language's chapters (`DELETE /videos/{videoId}/chapters/{language}`). */
    delete: (videoId: string, language: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'DELETE_videos-videoId-chapters-language', method: 'DELETE', path: path(videoId, language) },
        options,
      ),
  };
}

/** The chapters resource's methods. */
export type ChaptersResource = ReturnType<typeof chaptersResource>;
