import { OptionsError } from '../errors.js';
import { apiBase } from '../http/base-url.js';
import { originHeaders, type OriginOptions } from '../http/origin.js';
import { resolveAuth, type UploadAuth, type UploadCredentialOptions } from './credential.js';
import type { Part } from './part-queue.js';
import { defaultTimeout, isAlreadyReceived, withRetry, type RetryOptions } from './retry.js';
import { sendPart } from './transport.js';
import type { UploadedVideo } from './types.js';

/** Options shared by every upload function. */
export interface UploadConnectionOptions extends UploadCredentialOptions {
  /** API base URL. Default `https://ws.api.video`. */
  baseUrl?: string;
  /** Retry policy per request. */
  retry?: RetryOptions;
  /** `AV-Origin-App` / `AV-Origin-Sdk` headers. */
  origin?: OriginOptions;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: typeof fetch;
}

/** Everything an upload needs to talk to the API, resolved and validated once. */
export interface UploadContext {
  auth: UploadAuth;
  baseUrl: string;
  /** A JSON call with the bearer credential, retried by the policy. */
  json<T>(method: 'GET' | 'POST', path: string, signal: AbortSignal, body?: object): Promise<T>;
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

export function createUploadContext(options: UploadConnectionOptions): UploadContext {
  const baseUrl = apiBase(options.baseUrl);
  if (!/^https?:\/\/./.test(baseUrl)) throw new OptionsError(`baseUrl must be an http(s) URL; got ${baseUrl}.`);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const origin = originHeaders(options.origin);
  const auth = resolveAuth(options, baseUrl, origin, doFetch);
  const retry = options.retry ?? {};
  const timeoutFor = (bytes: number) =>
    typeof retry.timeout === 'function' ? retry.timeout(bytes) : (retry.timeout ?? defaultTimeout(bytes));

  return {
    auth,
    baseUrl,
    json: (method, path, signal, body) =>
      withRetry(
        async () =>
          (await import('./api.js')).requestJson({
            baseUrl,
            method,
            path,
            body,
            signal,
            fetch: doFetch,
            headers: { ...origin, Authorization: await auth.get(signal) },
          }),
        { options: retry, signal, refresh: auth.refresh },
      ),
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
              fetch: options.fetch,
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
