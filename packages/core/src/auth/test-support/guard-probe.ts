import { createApiClient } from '../../client/api-client.js';
import { createHttpClient } from '../../client/http-client.js';
import { VidkitError } from '../../errors.js';
import { isBrowserLike } from '../../internal/environment.js';
import { authResource } from '../../resources/auth.js';
import { createProgressiveUpload } from '../../upload/progressive.js';
import { createUploadQueue } from '../../upload/queue.js';
import { createUpload } from '../../upload/upload.js';
import { createCredentialProvider } from '../credentials.js';

/** What each path that could send an API key did with one: the error code it threw, or `allowed`. */
export type ProbeResult = Record<string, string> & { browserLike: string };

const outcome = async (run: () => unknown): Promise<string> => {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    return error instanceof VidkitError ? error.code : `unexpected: ${String(error)}`;
  }
};

/**
 * Tries every path that could send an API key, in whatever global scope runs it (page, dedicated worker, service
 * worker). `apiBaseUrl` is the emulator's, so a path that slipped past the guard would be counted there.
 */
export async function probeGuard(apiBaseUrl: string): Promise<ProbeResult> {
  const apiKey = 'probe-api-key';
  const file = new Blob(['probe']);
  return {
    browserLike: String(isBrowserLike()),
    createApiClient: await outcome(() => createApiClient({ apiBaseUrl, apiKey })),
    createCredentialProvider: await outcome(() => createCredentialProvider({ apiBaseUrl, apiKey })),
    authenticate: await outcome(() => createApiClient({ apiBaseUrl }).auth.authenticate(apiKey)),
    authResource: await outcome(() => authResource(createHttpClient({ apiBaseUrl })).authenticate(apiKey)),
    createUpload: await outcome(() => createUpload({ apiBaseUrl, apiKey, file })),
    createProgressiveUpload: await outcome(() => createProgressiveUpload({ apiBaseUrl, apiKey })),
    createUploadQueue: await outcome(() => createUploadQueue({ apiBaseUrl, apiKey })),
    queueAddWithKey: await outcome(() => createUploadQueue({ apiBaseUrl }).add(file, { apiKey })),
    // The escape hatch still works everywhere (internal tools, tests).
    dangerouslyAllowBrowser: await outcome(() => {
      createApiClient({ apiBaseUrl, apiKey, dangerouslyAllowBrowser: true });
      createCredentialProvider({ apiBaseUrl, apiKey, dangerouslyAllowBrowser: true });
    }),
  };
}
