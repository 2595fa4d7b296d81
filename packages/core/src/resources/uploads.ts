import type { HttpClient, RequestOptions } from '../client/http-client.js';
import type { Video } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** Options of the single-request source uploads. */
export interface SourceUploadOptions extends RequestOptions {
  /** `Content-Range` of one part of a chunked upload (`part 1/3`, `part 2/*`, `bytes 0-99/300`). */
  contentRange?: string;
  /** With `withToken`: the video the first part created; every later part of the same file must send it. */
  videoId?: string;
}

/**
 * The two raw source-upload operations, one request each. For real files use `createUpload`, which chunks,
 * retries, resumes and reports progress on top of these endpoints.
 */
export function uploadsResource(http: HttpClient) {
  const send = async (
    request: { operation: string; path: string; query?: object; anonymous?: boolean },
    file: BinarySource,
    options: SourceUploadOptions,
  ) =>
    http.request<Video>(
      {
        ...request,
        method: 'POST',
        body: await toFormData(file, { videoId: options.videoId }),
        headers: options.contentRange ? { 'Content-Range': options.contentRange } : undefined,
      },
      options,
    );
  return {
    /** Uploads a source (or one part) to a video you created (`POST /videos/{videoId}/source`). */
    source: (videoId: string, file: BinarySource, options: SourceUploadOptions = {}) =>
      send(
        { operation: 'POST_videos-videoId-source', path: `/videos/${encodeURIComponent(videoId)}/source` },
        file,
        options,
      ),
    /**
     * Uploads a source (or one part) with a delegated upload token and no other credential (`POST /upload?token=…`).
     * The first part creates the video; pass its `videoId` with every later part.
     */
    withToken: (token: string, file: BinarySource, options: SourceUploadOptions = {}) =>
      send({ operation: 'POST_upload', path: '/upload', query: { token }, anonymous: true }, file, options),
  };
}

/** The raw source-upload methods. */
export type UploadsResource = ReturnType<typeof uploadsResource>;
