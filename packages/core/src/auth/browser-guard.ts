import { OptionsError } from '../errors.js';
import { isBrowserLike } from '../internal/environment.js';

/**
 * Throws `OptionsError` (code `api_key_in_browser`) when an API key is about to be used in a browser page or
 * worker (dedicated, shared or service), where anyone can read it. The one guard every path that could send a key
 * calls: `createApiClient` and `createCredentialProvider` (when made and before each key exchange),
 * `client.auth.authenticate()`, `createUpload`, `createProgressiveUpload` and `createUploadQueue`. Browsers should upload with a delegated upload token that your server
 * creates (`client.uploadTokens.create()`), and read public assets without credentials.
 * `dangerouslyAllowBrowser: true` skips the check (internal tools, tests).
 */
export function assertApiKeyAllowed(apiKey: string | undefined, dangerouslyAllowBrowser = false): void {
  if (apiKey && !dangerouslyAllowBrowser && isBrowserLike())
    throw new OptionsError(
      'Never put an API key in a browser: create an upload token on your server (client.uploadTokens.create()) ' +
        'and upload with it. See https://docs.api.video/vod/delegated-upload-tokens',
      'api_key_in_browser',
    );
}
