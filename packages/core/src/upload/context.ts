import type { UploadConnection } from './connection.js';
import type { JsonOnce } from './create-video.js';
import type { UploadAuth } from './credential.js';
import type { Part } from './part-queue.js';
import { defaultTimeout, isAlreadyReceived, withRetry } from './retry.js';
import { sendPart } from './transport.js';
import type { UploadedVideo } from './types.js';

/** Everything an upload needs to talk to the API, resolved and validated once. */
export interface UploadContext {
  auth: UploadAuth;
  apiBaseUrl: string;
  /** A JSON call with the bearer credential, retried by the policy. */
  json<T>(method: 'GET' | 'POST', path: string, signal: AbortSignal, body?: object): Promise<T>;
  /**
   * Creates the video to upload into (bearer mode), exactly once: a `POST /videos` whose answer was lost is not
   * sent again blindly; the video is looked up by the marker it was created with first (see `create-video.ts`).
   */
  createVideo(title: string, signal: AbortSignal): Promise<UploadedVideo>;
  /**
   * Sends one part with retries. Answers the Video, or `undefined` when the API already had the part.
   * `onAttempt` runs before each attempt, `onRetry` before each wait, `onSent` as the part's bytes go out.
   */
  send(
    part: Part,
    target: { videoId: string | undefined; fileName: string },
    signal: AbortSignal,
    hooks?: {
      onAttempt?: (attempt: number) => void;
      onRetry?: (attempt: number) => void;
      onSent?: (bytes: number) => void;
    },
  ): Promise<UploadedVideo | undefined>;
}

/** Builds the calls an upload makes over its checked connection (see `resolveConnection`). */
export function createUploadContext(connection: UploadConnection): UploadContext {
  const { auth, apiBaseUrl: baseUrl, origin, retry } = connection;
  const doFetch = connection.fetch ?? ((input, init) => fetch(input, init));
  const timeoutFor = (bytes: number) =>
    typeof retry.timeout === 'function' ? retry.timeout(bytes) : (retry.timeout ?? defaultTimeout(bytes));

  const once: JsonOnce = async (method, path, signal, body) =>
    (await import('./api.js')).requestJson({
      baseUrl,
      method,
      path,
      body,
      signal,
      fetch: doFetch,
      headers: { ...origin, Authorization: await auth.get(signal) },
    });
  const retried = <T>(attempt: () => Promise<T>, signal: AbortSignal) =>
    withRetry(attempt, { options: retry, signal, refresh: auth.refresh });

  return {
    auth,
    apiBaseUrl: baseUrl,
    json: (method, path, signal, body) => retried(() => once(method, path, signal, body), signal),
    // Loaded on demand: only bearer uploads create their video (with a token, the first part does).
    createVideo: async (title, signal) => {
      const attempt = (await import('./create-video.js')).createVideoAttempt(once, title);
      return retried(() => attempt(signal), signal);
    },
    send: (part, target, signal, hooks = {}) =>
      withRetry(
        async (attempt) => {
          hooks.onAttempt?.(attempt);
          const credential = await auth.get(signal);
          const token = auth.mode === 'token';
          const path = token ? '/upload' : `/videos/${target.videoId}/source`;
          try {
            return await sendPart({
              url: baseUrl + (token ? `${path}?token=${encodeURIComponent(credential)}` : path),
              path,
              headers: token ? origin : { ...origin, Authorization: credential },
              contentRange: part.contentRange,
              bytes: part.bytes,
              fileName: target.fileName,
              videoId: token ? target.videoId : undefined,
              signal,
              timeoutMs: timeoutFor(part.bytes.size),
              fetch: connection.fetch,
              onSent: hooks.onSent,
            });
          } catch (error) {
            if (isAlreadyReceived(error)) return undefined;
            throw error;
          }
        },
        { options: retry, signal, refresh: auth.refresh, onRetry: hooks.onRetry },
      ),
  };
}
