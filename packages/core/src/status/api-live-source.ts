import type { CredentialProvider } from '../auth/credentials.js';
import { apiGet, DEFAULT_API_BASE_URL } from './api-get.js';
import type { LiveStatusFetcher } from './live-status.js';

const sources = new WeakMap<CredentialProvider, Map<string, LiveStatusFetcher>>();

/**
 * A `watchLiveStatus` source that reads the stream's `broadcasting` field through the authenticated API
 * (`GET /live-streams/{id}`), for servers or apps that hold a credential. It is a separate function, not a
 * `source: 'api'` string, so that the credential-free manifest watcher stays small in browser bundles.
 * The same credential and base URL give the same source, so their watchers share one poll loop.
 *
 * @example
 * const credential = createCredentialProvider({ apiBaseUrl: 'https://ws.api.video', apiKey });
 * watchLiveStatus(liveStreamId, { source: apiLiveStatusSource(credential) });
 */
export function apiLiveStatusSource(
  credential: CredentialProvider,
  apiBaseUrl: string = DEFAULT_API_BASE_URL,
): LiveStatusFetcher {
  let byBase = sources.get(credential);
  if (!byBase) sources.set(credential, (byBase = new Map()));
  let source = byBase.get(apiBaseUrl);
  if (!source) {
    source = async (liveStreamId, { signal }) => {
      const path = `/live-streams/${encodeURIComponent(liveStreamId)}`;
      const stream = await apiGet<{ broadcasting?: boolean }>(apiBaseUrl, path, credential, signal);
      return stream.broadcasting === true;
    };
    byBase.set(apiBaseUrl, source);
  }
  return source;
}
