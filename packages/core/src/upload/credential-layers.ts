import { OptionsError } from '../errors.js';
import type { UploadCredentialOptions } from './credential.js';
import type { VideoStatusFetcher } from '../status/video-status.js';

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

/** The non-credential settings an uploader takes from its provider. */
interface ConfigLayer {
  apiBaseUrl?: string | undefined;
  getVideoStatus?: VideoStatusFetcher | undefined;
}

/**
 * An uploader's own options over its provider's configuration, as adapters pass them to `setOptions`: the own
 * `apiBaseUrl` wins when set, and the credential comes whole from the nearest layer that names one
 * (`pickCredential`). Every credential key is present (`undefined` when unset), so it replaces an earlier one.
 *
 * @example
 * queue.setOptions(resolveUploadOptions(providerConfig, props));
 */
export function resolveUploadOptions<T extends UploadCredentialOptions & ConfigLayer>(
  config: UploadCredentialOptions & ConfigLayer,
  own: T,
): T {
  const { uploadToken, getUploadToken, accessToken, apiKey } = pickCredential(config, own);
  return {
    ...own,
    apiBaseUrl: own.apiBaseUrl ?? config.apiBaseUrl,
    getVideoStatus: own.getVideoStatus ?? config.getVideoStatus,
    uploadToken,
    getUploadToken,
    accessToken,
    apiKey,
  };
}
