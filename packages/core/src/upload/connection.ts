import { OptionsError } from '../errors.js';
import { apiBase } from '../http/base-url.js';
import { originHeaders, type OriginOptions } from '../http/origin.js';
import { resolveAuth, type UploadAuth, type UploadCredentialOptions } from './credential.js';
import type { RetryOptions } from './retry.js';

/** Options shared by every upload function. */
export interface UploadConnectionOptions extends UploadCredentialOptions {
  /** API base URL. Default `https://ws.api.video`. */
  apiBaseUrl?: string;
  /** Retry policy per request. */
  retry?: RetryOptions;
  /** `AV-Origin-App` / `AV-Origin-Sdk` headers. */
  origin?: OriginOptions;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: typeof fetch;
}

/** Where and as whom an upload talks to the API: its options, checked once, with nothing sent yet. */
export interface UploadConnection {
  auth: UploadAuth;
  apiBaseUrl: string;
  origin: Record<string, string>;
  /** An app's own fetch, or `undefined` for the platform's. */
  fetch: typeof fetch | undefined;
  retry: RetryOptions;
}

/**
 * Checks the connection options (base URL, origin headers, exactly one credential, no API key in a browser) and
 * throws `OptionsError` at once when one is wrong. Cheap and synchronous, so `createUpload` can fail early while
 * the code that sends loads on demand.
 */
export function resolveConnection(options: UploadConnectionOptions): UploadConnection {
  const baseUrl = apiBase(options.apiBaseUrl);
  if (!/^https?:\/\/./.test(baseUrl)) throw new OptionsError(`apiBaseUrl must be an http(s) URL; got ${baseUrl}.`);
  const origin = originHeaders(options.origin);
  const own = options.fetch;
  const auth = resolveAuth(options, baseUrl, origin, own ?? ((input, init) => fetch(input, init)));
  return { auth, apiBaseUrl: baseUrl, origin, fetch: own, retry: options.retry ?? {} };
}
