import { OptionsError, type UploadCredentialOptions } from '@vidkit/core';
import type { VidkitSettings } from '../context.js';

/** The credential props every upload hook and component takes (a subset of core's upload credentials). */
export interface ReactUploadCredential {
  /** A delegated upload token created by your backend (`POST /upload-tokens`). */
  uploadToken?: string;
  /** Asks your backend for a delegated upload token. Called per upload, and again if the API refuses the token. */
  getUploadToken?: () => Promise<string>;
  /** A bearer access token you already have. */
  accessToken?: string;
}

/**
 * Core credential options that always read the latest props and provider settings, so an upload created once
 * uses a token prop that arrives or changes later.
 */
export function latestCredential(
  props: ReactUploadCredential,
  latest: () => { props: ReactUploadCredential; settings: VidkitSettings },
): UploadCredentialOptions {
  if (props.accessToken) return { accessToken: props.accessToken };
  return {
    getUploadToken: () => {
      const { props: p, settings: s } = latest();
      const token = p.uploadToken ?? (p.getUploadToken ? undefined : s.uploadToken);
      const get = p.getUploadToken ?? s.getUploadToken;
      if (token) return Promise.resolve(token);
      if (get) return get();
      return Promise.reject(
        new OptionsError(
          'No upload token: pass `uploadToken` or `getUploadToken` (to the component or <VidkitProvider>). ' +
            'Create the token on your server with POST /upload-tokens.',
          'missing_credential',
        ),
      );
    },
  };
}
