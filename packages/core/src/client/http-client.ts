import type { CredentialProvider } from '../auth/credentials.js';
import { apiBase } from '../http/base-url.js';
import { toApiError } from '../http/api-error.js';
import { originHeaders } from '../http/origin.js';
import type { OriginOptions } from '../http/origin.js';
import { parseRateLimit } from '../http/rate-limit.js';
import type { RateLimit } from '../http/rate-limit.js';
import { toQueryString } from '../http/query.js';
import { send } from '../http/send.js';
import { withCredential } from '../http/authorized.js';
import { NetworkError, TimeoutError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { backoffDelay, sleep } from '../internal/backoff.js';
import { abortReason } from '../internal/abort-reason.js';

/** Retry policy. Pass `retry: false` to `createApiClient` to turn retries off. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** First backoff delay in ms (network errors and 5xx). Default 300. */
  baseDelay?: number;
  /** Largest backoff delay in ms. Default 10 000. */
  maxDelay?: number;
  /**
   * Longest `X-RateLimit-Retry-After` wait, in milliseconds, the client accepts on a 429. A longer wait throws the
   * `ApiError` (code `rate_limited`, with `retryAfter` in seconds as the API sent it) at once. Default 60 000.
   */
  maxRateLimitWait?: number;
}

/** Options of `createHttpClient`. */
export interface HttpClientOptions {
  /** API root. Default `https://ws.api.video`; use `https://sandbox.api.video` or an emulator's URL. */
  apiBaseUrl?: string;
  /** A bearer access token you already have, sent as is. */
  accessToken?: string;
  /**
   * Where the `Authorization` header comes from; overrides `accessToken`. For an API key on a server:
   * `createCredentialProvider({ apiKey, apiBaseUrl })` (what `createApiClient({ apiKey })` does for you).
   */
  credentials?: CredentialProvider | undefined;
  /** The fetch implementation. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Retry policy for 429, network errors and 5xx, or `false` for none. */
  retry?: RetryOptions | false;
  /** `AV-Origin-App` / `AV-Origin-Sdk` to send; validated like api.video does. */
  origin?: OriginOptions;
  /** Milliseconds to wait for each attempt's response headers before a `TimeoutError`. Default 60 000; 0 = none. */
  timeout?: number;
}

/** Options of `createApiClient`. */
export interface ApiClientOptions extends HttpClientOptions {
  /** An api.video API key: exchanged for a bearer token and renewed automatically. Server-side only. */
  apiKey?: string;
  /** Allow an API key in a browser. Leaks the key to every visitor: use a delegated upload token instead. */
  dangerouslyAllowBrowser?: boolean;
}

/** Per-call options every resource method accepts. */
export interface RequestOptions {
  /** Cancels the call (and its retries); the call then rejects with `AbortError`. */
  signal?: AbortSignal;
}

/** One API call, as the resources describe it. */
export interface ApiRequest {
  /** The spec's operationId, reported in `ApiError.operation`. */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below `apiBaseUrl`, with path parameters already encoded (may carry a query string). */
  path: string;
  query?: object;
  /** A JSON-serializable value, or a `FormData` sent as multipart. */
  body?: unknown;
  /** Extra request headers (e.g. `Content-Range`). */
  headers?: Record<string, string>;
  /** Send no credential (delegated upload with a token in the query). Default false. */
  anonymous?: boolean;
}

/** The transport every resource is built on: auth, retries, errors, rate-limit tracking. */
export interface HttpClient {
  /** The API root requests go to, without a trailing slash. */
  readonly apiBaseUrl: string;
  /** The `X-RateLimit-*` values of the last response that carried them. */
  readonly rateLimit: RateLimit | undefined;
  /** Sends one API call and resolves with its parsed JSON body (`undefined` for an empty body). */
  request<T>(request: ApiRequest, options?: RequestOptions): Promise<T>;
}

const IDEMPOTENT = /^(GET|PUT|DELETE)$/;

/**
 * Creates the bare transport: credentials, `AV-Origin-*` headers, retries, timeouts and error mapping, with no
 * resource attached. Pair it with resource factories (`videosResource(http)`) to ship only what you use, or use
 * `createApiClient` for everything. It has no API-key code (browsers must not hold keys); on a server pass
 * `credentials: createCredentialProvider({ apiKey })`.
 *
 * Retries: a 429 waits `X-RateLimit-Retry-After` and retries (any method: the API did not process it); network
 * errors, timeouts and 5xx back off exponentially with full jitter, for GET, PUT and DELETE only; a 401 renews the
 * token once and replays.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const { accessToken, fetch, timeout = 60_000 } = options;
  const baseUrl = apiBase(options.apiBaseUrl);
  const retry = options.retry === false ? { retries: 0 } : options.retry;
  const { retries = 3, maxRateLimitWait = 60_000 } = retry ?? {};
  const headers = originHeaders(options.origin);
  const credentials: CredentialProvider = options.credentials ?? {
    authorization: async () => accessToken && `Bearer ${accessToken}`,
    invalidate: () => false,
  };
  const backoff = (n: number) => backoffDelay(n, { baseDelay: 300, maxDelay: 10_000, ...retry });
  let rateLimit: RateLimit | undefined;

  return {
    apiBaseUrl: baseUrl,
    get rateLimit() {
      return rateLimit;
    },
    async request<T>(request: ApiRequest, { signal }: RequestOptions = {}): Promise<T> {
      const { method, body } = request;
      const idempotent = IDEMPOTENT.test(method);
      const json = body !== undefined && !(body instanceof FormData);
      for (let n = 1; ; n++) {
        let response: Response;
        let data: T | undefined;
        let sent = false;
        try {
          // A 401 renews the token once and replays (withCredential); a second 401 is final.
          response = await withCredential(request.anonymous ? undefined : credentials, signal, async (auth) => {
            sent = true;
            const answer = await send(baseUrl + request.path + toQueryString(request.query), {
              method,
              headers: {
                ...headers,
                ...(json && { 'Content-Type': 'application/json' }),
                ...(auth && { Authorization: auth }),
                ...request.headers,
              },
              body: json ? JSON.stringify(body) : (body as FormData | undefined),
              signal,
              fetch,
              timeout,
            });
            // The API processed nothing it answered 401 to: renewing the token is as safe to retry as a first one.
            if (answer.status === 401) sent = false;
            return answer;
          });
          if (response.ok)
            try {
              const text = await response.text();
              data = text ? (JSON.parse(text) as T) : undefined;
            } catch (cause) {
              // A body cut short or that is not JSON (a proxy's page) is a failed exchange, like a dropped connection.
              throw signal?.aborted
                ? abortReason(signal)
                : new NetworkError(`${method} ${request.path}: bad answer`, { cause });
            }
        } catch (error) {
          // Until the call is sent (the token exchange failed), retrying is safe for any method.
          const transient =
            error instanceof NetworkError ||
            error instanceof TimeoutError ||
            (!sent && error instanceof ApiError && (error.status >= 500 || error.status === 429));
          if (!transient || (sent && !idempotent) || n > retries) throw error;
          await sleep(backoff(n), signal);
          continue;
        }
        rateLimit = parseRateLimit(response.headers) ?? rateLimit;
        if (response.ok) return data as T;
        const error = await toApiError(response, request);
        const { status } = response;
        const after = error.retryAfter ?? 1;
        const retryable = status === 429 ? after * 1000 <= maxRateLimitWait : status >= 500 && idempotent;
        if (!retryable || n > retries) throw error;
        await sleep(status === 429 ? after * 1000 : backoff(n), signal);
      }
    },
  };
}
