import { NetworkError } from '../errors.js';
import { toApiError } from '../http/api-error.js';
import { apiBase } from '../http/base-url.js';
import { originHeaders } from '../http/origin.js';
import type { OriginOptions } from '../http/origin.js';
import { assertApiKeyAllowed } from './browser-guard.js';
import { send } from '../http/send.js';
import { abortReason } from '../internal/abort-reason.js';

/** Gives the `Authorization` header for api.video requests and renews it when the API refuses it. */
export interface CredentialProvider {
  /** The `Authorization` header value (`Bearer …`), or `undefined` when there is no credential. */
  authorization(signal?: AbortSignal): Promise<string | undefined>;
  /**
   * Reports that the API answered 401 to a request sent with `used`. Marks that token stale (the next
   * `authorization()` renews it with its refresh token, else the API key) and returns `true` when a fresh one can
   * be fetched (an API key is known), so the caller may replay the request once.
   */
  invalidate(used: string | undefined): boolean;
}

export interface CredentialOptions {
  /** API root. Default `https://ws.api.video`. */
  apiBaseUrl?: string | undefined;
  /** An API key, exchanged at `POST /auth/api-key` for a bearer token. Server-side only. */
  apiKey?: string | undefined;
  /** A bearer access token you already have; sent as is and never refreshed. */
  accessToken?: string | undefined;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
  /** `AV-Origin-*` values for the auth requests. */
  origin?: OriginOptions | undefined;
  /** Extra headers for the auth requests (e.g. `AV-Origin-*` already built with `originHeaders`). */
  headers?: Record<string, string> | undefined;
  /** Milliseconds to wait for an auth response. Default 60 000. */
  timeout?: number | undefined;
  /** Renew this many ms before the token expires. Default 60 000. */
  refreshMargin?: number | undefined;
  /** Allow an API key in a browser (it leaks to every visitor). */
  dangerouslyAllowBrowser?: boolean | undefined;
}

interface Token {
  header: string;
  refresh: string | undefined;
  expiresAt: number;
}

/**
 * Creates the credential provider behind every authenticated Vidkit request.
 * With `apiKey` it exchanges the key for a bearer token (`POST /auth/api-key`), renews it with
 * `POST /auth/refresh` before it expires (falling back to the key when the refresh is refused), and shares one
 * in-flight exchange between all concurrent callers, so 100 simultaneous requests cause one auth request.
 * With `accessToken` it sends that token unchanged. With neither it sends no `Authorization` header.
 * Throws `OptionsError` (code `api_key_in_browser`) for an API key in a browser, unless `dangerouslyAllowBrowser`.
 * Failures are `ApiError` (401: code `unauthorized`), `NetworkError` or `TimeoutError`.
 *
 * @example
 * const credentials = createCredentialProvider({ apiKey: process.env.APIVIDEO_API_KEY });
 * const response = await fetch(url, { headers: { Authorization: (await credentials.authorization())! } });
 */
export function createCredentialProvider(options: CredentialOptions): CredentialProvider {
  const { apiKey, accessToken, refreshMargin = 60_000 } = options;
  assertApiKeyAllowed(apiKey, options.dangerouslyAllowBrowser);
  const baseUrl = apiBase(options.apiBaseUrl);
  const headers = { ...originHeaders(options.origin), ...options.headers };
  let token: Token | undefined;
  let pending: Promise<Token> | undefined;

  const post = async (path: string, body: object): Promise<Token> => {
    const response = await send(baseUrl + path, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      fetch: options.fetch,
      timeout: options.timeout ?? 60_000,
    });
    if (!response.ok) throw await toApiError(response, { operation: 'authenticate', method: 'POST', path });
    let data: { access_token?: unknown; refresh_token?: string; expires_in?: number };
    try {
      data = await response.json();
    } catch (cause) {
      // A body cut short, or a proxy's HTML page: the exchange failed like a dropped connection would.
      throw new NetworkError(`POST ${path}: the answer was not api.video's JSON`, { cause });
    }
    if (typeof data?.access_token !== 'string')
      throw new NetworkError(`POST ${path}: the answer has no access_token; is apiBaseUrl an api.video API root?`);
    return {
      header: `Bearer ${data.access_token}`,
      refresh: data.refresh_token,
      expiresAt: Date.now() + (data.expires_in ?? 3600) * 1000,
    };
  };

  const renew = async (): Promise<Token> => {
    if (token?.refresh)
      try {
        return await post('/auth/refresh', { refreshToken: token.refresh });
      } catch {
        // A used or expired refresh token: start over from the API key.
      }
    // Checked again where the key leaves: a provider made during server rendering must not send it from a page.
    assertApiKeyAllowed(apiKey, options.dangerouslyAllowBrowser);
    return post('/auth/api-key', { apiKey });
  };

  return {
    async authorization(signal) {
      if (!apiKey) return accessToken && `Bearer ${accessToken}`;
      if (token && Date.now() < token.expiresAt - refreshMargin) return token.header;
      // Single flight: every caller waits for the same exchange, and one caller's abort must not cancel it for others.
      pending ??= renew()
        .then((fresh) => (token = fresh))
        .finally(() => (pending = undefined));
      const shared = pending;
      if (!signal) return (await shared).header;
      return new Promise<string>((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal));
        if (signal.aborted) onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        shared
          .then((fresh) => resolve(fresh.header), reject)
          .finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
    invalidate(used) {
      // Stale, not dropped: its refresh token is still the cheapest way to a new one (`POST /auth/refresh`).
      if (token && token.header === used) token = { ...token, expiresAt: 0 };
      return !!apiKey;
    },
  };
}
