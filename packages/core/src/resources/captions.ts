import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, Caption, QueryOf } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** A video's captions (`/videos/{videoId}/captions/{language}`), one WebVTT file per language (BCP 47 tag). */
export function captionsResource(http: HttpClient) {
  const path = (videoId: string, language = '') =>
    `/videos/${encodeURIComponent(videoId)}/captions${language && `/${encodeURIComponent(language)}`}`;
  return {
    /** Lists a video's captions (`GET /videos/{videoId}/captions`). */
    list: (videoId: string, query?: QueryOf<'GET_videos-videoId-captions'>, options?: RequestOptions) =>
      paginate<Caption>(
        http,
        { operation: 'GET_videos-videoId-captions', method: 'GET', path: path(videoId), query },
        options,
      ),
    /** Gets one language's caption (`GET /videos/{videoId}/captions/{language}`). */
    get: (videoId: string, language: string, options?: RequestOptions) =>
      http.request<Caption>(
        { operation: 'GET_videos-videoId-captions-language', method: 'GET', path: path(videoId, language) },
        options,
      ),
    /** Uploads a WebVTT file for a language (`POST /videos/{videoId}/captions/{language}`). */
    upload: async (videoId: string, language: string, file: BinarySource, options?: RequestOptions) =>
      http.request<Caption>(
        {
          operation: 'POST_videos-videoId-captions-language',
          method: 'POST',
          path: path(videoId, language),
          body: await toFormData(file),
        },
        options,
      ),
    /** Makes a language the default, `{ default: true }` (`PATCH /videos/{videoId}/captions/{language}`). */
    update: (
      videoId: string,
      language: string,
      body: BodyOf<'PATCH_videos-videoId-captions-language'>,
      options?: RequestOptions,
    ) =>
      http.request<Caption>(
        { operation: 'PATCH_videos-videoId-captions-language', method: 'PATCH', path: path(videoId, language), body },
        options,
      ),
    /** Deletes a language's caption (`DELETE /videos/{videoId}/captions/{language}`). */
    delete: (videoId: string, language: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'DELETE_videos-videoId-captions-language', method: 'DELETE', path: path(videoId, language) },
        options,
      ),
  };
}

/** The captions resource's methods. */
export type CaptionsResource = ReturnType<typeof captionsResource>;
