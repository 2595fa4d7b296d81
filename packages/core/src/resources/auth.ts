import type { HttpClient, RequestOptions } from '../client/http-client.js';
import type { AccessToken } from '../client/types.js';
import { assertApiKeyAllowed } from '../auth/browser-guard.js';

/** Options of `authenticate`: the per-call options, plus the browser guard's escape hatch. */
export interface AuthenticateOptions extends RequestOptions {
  /** Lets the API key be sent from a browser (it leaks to every visitor). */
  dangerouslyAllowBrowser?: boolean;
}

/**
 * The raw auth operations. The client already calls them for you when given an `apiKey`; use these only to
 * manage tokens yourself (e.g. hand a short-lived access token to another service).
 */
export function authResource(http: HttpClient) {
  return {
    /**
     * Exchanges an API key for an access and a refresh token (`POST /auth/api-key`). Server-side only: in a browser
     * page or worker it rejects with `OptionsError` (code `api_key_in_browser`) before sending anything, unless
     * `dangerouslyAllowBrowser`.
     */
    authenticate: async (apiKey: string, options: AuthenticateOptions = {}) => {
      const { dangerouslyAllowBrowser, ...request } = options;
      assertApiKeyAllowed(apiKey, dangerouslyAllowBrowser);
      return http.request<AccessToken>(
        { operation: 'POST_auth-api-key', method: 'POST', path: '/auth/api-key', body: { apiKey }, anonymous: true },
        request,
      );
    },
    /** Trades a refresh token for new tokens; the old refresh token stops working (`POST /auth/refresh`). */
    refresh: (refreshToken: string, options?: RequestOptions) =>
      http.request<AccessToken>(
        {
          operation: 'POST_auth-refresh',
          method: 'POST',
          path: '/auth/refresh',
          body: { refreshToken },
          anonymous: true,
        },
        options,
      ),
  };
}

/** The auth resource's methods. */
export type AuthResource = ReturnType<typeof authResource>;
