import { NetworkError } from '../errors.js';
import { toApiError } from '../http/api-error.js';
import { send, type SendInit } from '../http/send.js';
import { abortReason } from '../internal/abort-reason.js';
import type { WrappableBody } from './node-source.js';
import type { UploadedVideo } from './types.js';
import { xhrPost } from './xhr-post.js';

export interface PartRequest {
  /** Full URL: `{baseUrl}/upload?token=…` (token mode) or `{baseUrl}/videos/{id}/source` (bearer mode). */
  url: string;
  /** For errors: the path without the token. */
  path: string;
  headers: Record<string, string>;
  /** `part n/N`, `part n/*` or `part n/n`. */
  contentRange: string;
  bytes: Blob;
  fileName: string;
  /** Sent from the second part on in token mode, so every part lands in the same video. */
  videoId: string | undefined;
  signal: AbortSignal;
  timeoutMs: number;
  /**
   * An app's own fetch. By default: XMLHttpRequest in browsers, node:http for file parts in Node (both report
   * progress), the global fetch otherwise.
   */
  fetch: typeof fetch | undefined;
  /** Bytes of the part sent so far, as they go out (not with an app's own fetch, nor Node's fetch). */
  onSent?: (bytes: number) => void;
}

/**
 * Sends one part as `multipart/form-data` with the single file field `file` (and `videoId`) and answers the Video
 * the API returns. Progress is reported as the bytes go out where the platform tells (XMLHttpRequest in browsers,
 * node:http for file parts); a part counts as uploaded only when the API has accepted it. Throws `NetworkError`,
 * `TimeoutError`, `AbortError` or `ApiError`.
 */
export async function sendPart(request: PartRequest): Promise<UploadedVideo> {
  // The multipart body is assembled by hand as one Blob: the part's bytes are never copied, and Node's fetch
  // rejects asynchronously ("ReadableStream is already closed") when a FormData body is aborted mid-way.
  const boundary = `vidkit-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const field = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"`;
  const fileName = request.fileName.replace(/["\r\n\\]/g, encodeURIComponent);
  // videoId before the file, so a streaming parser knows the video before the bytes arrive.
  const head =
    (request.videoId ? `${field('videoId')}\r\n\r\n${request.videoId}\r\n` : '') +
    `${field('file')}; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  // A Blob is composed without copying its bytes. A file part in Node sends itself from disk, or, given an app's
  // own fetch, streams itself as the body.
  const { bytes, onSent } = request;
  const file = 'wrap' in bytes ? (bytes as unknown as WrappableBody) : undefined;
  const body = !file ? new Blob([head, bytes, tail]) : request.fetch ? file.wrap(head, tail) : undefined;
  const headSize = new TextEncoder().encode(head).byteLength;
  // Body bytes sent, as bytes of the part.
  const sent = onSent && ((loaded: number) => onSent(Math.max(0, Math.min(bytes.size, loaded - headSize))));
  const sender = request.fetch
    ? request.fetch
    : file
      ? file.post(head, tail, sent)
      : typeof XMLHttpRequest === 'function'
        ? xhrPost(sent ?? (() => {}))
        : undefined;
  // The shared `send` maps aborts, timeouts and connection failures to AbortError, TimeoutError and NetworkError.
  const response = await send(request.url, {
    method: 'POST',
    headers: {
      ...request.headers,
      'Content-Range': request.contentRange,
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
    },
    body,
    // Required by fetch for a streamed body (Node file parts); harmless otherwise.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    signal: request.signal,
    // AbortSignal.timeout takes whole milliseconds only.
    timeout: Math.ceil(request.timeoutMs),
    fetch: sender,
  } as SendInit);
  if (!response.ok) throw await toApiError(response, { operation: 'upload', method: 'POST', path: request.path });
  try {
    return (await response.json()) as UploadedVideo;
  } catch (cause) {
    if (request.signal.aborted) throw abortReason(request.signal);
    throw new NetworkError(`The connection failed while reading the answer to ${request.contentRange}.`, { cause });
  }
}
