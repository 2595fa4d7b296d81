import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { QueryOf, Watermark } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** Watermark images (`/watermarks`) to burn into videos at creation. */
export function watermarksResource(http: HttpClient) {
  return {
    /** Lists watermarks (`GET /watermarks`). */
    list: (query?: QueryOf<'LIST-watermarks'>, options?: RequestOptions) =>
      paginate<Watermark>(http, { operation: 'LIST-watermarks', method: 'GET', path: '/watermarks', query }, options),
    /** Uploads a JPEG or PNG watermark (`POST /watermarks`). */
    upload: async (file: BinarySource, options?: RequestOptions) =>
      http.request<Watermark>(
        { operation: 'POST_watermark', method: 'POST', path: '/watermarks', body: await toFormData(file) },
        options,
      ),
    /** Deletes a watermark (`DELETE /watermarks/{watermarkId}`). */
    delete: (watermarkId: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'DELETE_watermark', method: 'DELETE', path: `/watermarks/${encodeURIComponent(watermarkId)}` },
        options,
      ),
  };
}

/** The watermarks resource's methods. */
export type WatermarksResource = ReturnType<typeof watermarksResource>;
