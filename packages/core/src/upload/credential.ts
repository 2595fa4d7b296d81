import type { CredentialProvider } from '../auth/credentials.js';
import { assertApiKeyAllowed } from '../auth/browser-guard.js';
import { OptionsError } from '../errors.js';

/** The credential options every upload function accepts; give exactly one. */
export interface UploadCredentialOptions {
  /** A delegated upload token (`to…`), created by your backend. The way to upload from a browser. */
  uploadToken?: string | undefined;
  /** Fetches a delegated upload token; called again when the API refuses the current one. */
  getUploadToken?: (() => Promise<string>) | undefined;
  /** A bearer access token you already have (never refreshed). */
  accessToken?: string | undefined;
  /** An API key. Servers only: throws in a browser unless `dangerouslyAllowBrowser`. */
  apiKey?: string | undefined;
  /** Lets `apiKey` be used in a browser (internal tools, tests). */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** How the upload authenticates: a token in the URL, or an `Authorization` header. */
export interface UploadAuth {
  mode: 'token' | 'bearer';
  /** Token mode: the upload token. Bearer mode: the `Authorization` header value. */
  get(signal: AbortSignal): Promise<string>;
  /** Renews after a 401, when the credential can be renewed. */
  refresh: (() => Promise<void>) | undefined;
}

export function resolveAuth(
  options: UploadCredentialOptions,
  baseUrl: string,
  headers: Record<string, string>,
  doFetch: typeof fetch,
): UploadAuth {
  const given = (['uploadToken', 'getUploadToken', 'accessToken', 'apiKey'] as const).filter((k) => options[k]);
  if (given.length === 0) {
    throw new OptionsError(
      'Pass `uploadToken` or `getUploadToken` (browsers: your server creates it with POST /upload-tokens), or ' +
        '`accessToken` / `apiKey` (servers). See https://docs.api.video/vod/delegated-upload-tokens',
      'missing_credential',
    );
  }
  if (given.length > 1) throw new OptionsError(`Pass one credential, not ${given.join(' and ')}.`);
  if (options.uploadToken || options.getUploadToken) {
    const fetchToken = options.getUploadToken;
    let token: Promise<string> | undefined = options.uploadToken ? Promise.resolve(options.uploadToken) : undefined;
    return {
      mode: 'token',
      get: () => (token ??= fetchToken!()),
      refresh: fetchToken
        ? async () => {
            token = fetchToken();
            await token;
          }
        : undefined,
    };
  }
  assertApiKeyAllowed(options.apiKey, options.dangerouslyAllowBrowser);
  let provider: Promise<CredentialProvider> | undefined;
  // Loaded on demand: browsers upload with tokens and never need it.
  const load = () =>
    (provider ??= import('../auth/credentials.js').then((m) =>
      // apiKey or accessToken, and dangerouslyAllowBrowser; the token fields are not read.
      m.createCredentialProvider({ ...options, apiBaseUrl: baseUrl, fetch: doFetch, headers }),
    ));
  let last: string | undefined;
  return {
    mode: 'bearer',
    get: async (signal) => (last = (await (await load()).authorization(signal))!),
    refresh: options.apiKey ? async () => void (await load()).invalidate(last) : undefined,
  };
}
