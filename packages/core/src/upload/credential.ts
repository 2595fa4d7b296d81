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
      m.createCredentialProvider({
        apiBaseUrl: baseUrl,
        apiKey: options.apiKey,
        accessToken: options.accessToken,
        fetch: doFetch,
        headers,
      }),
    ));
  let last: string | undefined;
  return {
    mode: 'bearer',
    get: async (signal) => (last = (await (await load()).authorization(signal))!),
    refresh: options.apiKey ? async () => void (await load()).invalidate(last) : undefined,
  };
}

type CredentialKey = 'uploadToken' | 'getUploadToken' | 'accessToken' | 'apiKey';
const CREDENTIAL_KEYS: readonly CredentialKey[] = ['uploadToken', 'getUploadToken', 'accessToken', 'apiKey'];

/**
 * The credential of the nearest layer that names one (the last layer given with any of `uploadToken`,
 * `getUploadToken`, `accessToken`, `apiKey`), taken whole: a component's `getUploadToken` hides its provider's
 * `uploadToken` rather than mixing with it. Layers go from farthest (the app's config) to nearest (the props).
 *
 * @example
 * pickCredential(providerConfig, props) // props.uploadToken if set, else the provider's getUploadToken…
 */
export function pickCredential(
  ...layers: readonly (UploadCredentialOptions | null | undefined)[]
): UploadCredentialOptions {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (!layer || !CREDENTIAL_KEYS.some((key) => layer[key])) continue;
    const picked: UploadCredentialOptions = {};
    for (const key of CREDENTIAL_KEYS) if (layer[key]) (picked as Record<string, unknown>)[key] = layer[key];
    if (layer.dangerouslyAllowBrowser) picked.dangerouslyAllowBrowser = true;
    return picked;
  }
  return {};
}

/**
 * A credential that calls `read()` whenever the upload needs a token, so a token that arrives or changes after
 * the upload was created (a prop, a provider's setting) is the one used. An access token or API key is read once.
 * With no credential at all, the upload fails with `OptionsError` `missing_credential` when it needs one.
 */
export function lazyCredential(read: () => UploadCredentialOptions): UploadCredentialOptions {
  const now = read();
  // Every key is set, so spreading the result replaces any credential spread before it.
  const none = { uploadToken: undefined, getUploadToken: undefined, accessToken: undefined, apiKey: undefined };
  if (now.accessToken || now.apiKey) return { ...none, ...now };
  return {
    ...none,
    getUploadToken: () => {
      const { uploadToken, getUploadToken } = read();
      if (uploadToken) return Promise.resolve(uploadToken);
      if (getUploadToken) return getUploadToken();
      return Promise.reject(
        new OptionsError(
          'No upload token: pass `uploadToken` or `getUploadToken` (to the uploader or its provider). ' +
            'Create the token on your server with POST /upload-tokens.',
          'missing_credential',
        ),
      );
    },
  };
}

/**
 * An uploader's own options over its provider's configuration, as adapters pass them to `setOptions`: the own
 * `apiBaseUrl` wins when set, and the credential comes whole from the nearest layer that names one
 * (`pickCredential`). Every credential key is present (`undefined` when unset), so it replaces an earlier one.
 *
 * @example
 * queue.setOptions(resolveUploadOptions(providerConfig, props));
 */
export function resolveUploadOptions<T extends UploadCredentialOptions & { apiBaseUrl?: string | undefined }>(
  config: UploadCredentialOptions & { apiBaseUrl?: string | undefined },
  own: T,
): T {
  const { uploadToken, getUploadToken, accessToken, apiKey } = pickCredential(config, own);
  return {
    ...own,
    apiBaseUrl: own.apiBaseUrl ?? config.apiBaseUrl,
    uploadToken,
    getUploadToken,
    accessToken,
    apiKey,
  };
}
