import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, QueryOf, UploadToken } from '../client/types.js';

/**
 * Delegated upload tokens (`/upload-tokens`): create them on your server, hand them to browsers, which upload
 * with them and no API key.
 *
 * @example
 * const { token } = await client.uploadTokens.create({ ttl: 3600 });
 */
export function uploadTokensResource(http: HttpClient) {
  const path = (token: string) => `/upload-tokens/${encodeURIComponent(token)}`;
  return {
    /** Lists upload tokens (`GET /upload-tokens`). */
    list: (query?: QueryOf<'GET_upload-tokens'>, options?: RequestOptions) =>
      paginate<UploadToken>(
        http,
        { operation: 'GET_upload-tokens', method: 'GET', path: '/upload-tokens', query },
        options,
      ),
    /** Creates a token; `ttl` in seconds, 0 = never expires (`POST /upload-tokens`). */
    create: (body: BodyOf<'POST_upload-tokens'> = {}, options?: RequestOptions) =>
      http.request<UploadToken>(
        { operation: 'POST_upload-tokens', method: 'POST', path: '/upload-tokens', body },
        options,
      ),
    /** Gets a token (`GET /upload-tokens/{uploadToken}`). */
    get: (token: string, options?: RequestOptions) =>
      http.request<UploadToken>(
        { operation: 'GET_upload-tokens-uploadToken', method: 'GET', path: path(token) },
        options,
      ),
    /** Revokes a token (`DELETE /upload-tokens/{uploadToken}`). */
    delete: (token: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'DELETE_upload-tokens-uploadToken', method: 'DELETE', path: path(token) },
        options,
      ),
  };
}

/** The upload tokens resource's methods. */
export type UploadTokensResource = ReturnType<typeof uploadTokensResource>;
