import { createHttpClient } from './http-client.js';
import type { ApiClientOptions, HttpClient } from './http-client.js';
import { createCredentialProvider } from '../auth/credentials.js';
import { analyticsResource } from '../resources/analytics.js';
import { authResource } from '../resources/auth.js';
import { captionsResource } from '../resources/captions.js';
import { chaptersResource } from '../resources/chapters.js';
import { discardedVideosResource } from '../resources/discarded-videos.js';
import { liveStreamsResource } from '../resources/live-streams.js';
import { playersResource } from '../resources/players.js';
import { summariesResource } from '../resources/summaries.js';
import { tagsResource } from '../resources/tags.js';
import { uploadTokensResource } from '../resources/upload-tokens.js';
import { uploadsResource } from '../resources/uploads.js';
import { videosResource } from '../resources/videos.js';
import { watermarksResource } from '../resources/watermarks.js';
import { webhooksResource } from '../resources/webhooks.js';

const resources = {
  analytics: analyticsResource,
  auth: authResource,
  captions: captionsResource,
  chapters: chaptersResource,
  discardedVideos: discardedVideosResource,
  liveStreams: liveStreamsResource,
  players: playersResource,
  summaries: summariesResource,
  tags: tagsResource,
  uploadTokens: uploadTokensResource,
  uploads: uploadsResource,
  videos: videosResource,
  watermarks: watermarksResource,
  webhooks: webhooksResource,
};

/** A client for every operation of api.video's REST API, one namespace per resource. */
export type ApiClient = HttpClient & { readonly [K in keyof typeof resources]: ReturnType<(typeof resources)[K]> };

/**
 * Creates a client for all of api.video's REST API. Every method takes `{ signal }` last; list methods return a
 * page that is also async-iterable over every item. Importing this pulls in every resource (about 4.5 kB gzip);
 * for a smaller bundle build on `createHttpClient` with only the resource factories you need.
 *
 * @example
 * // On a server: create a delegated upload token for a browser.
 * const client = createApiClient({ apiKey: process.env.APIVIDEO_API_KEY });
 * const { token } = await client.uploadTokens.create({ ttl: 3600 });
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const http = createHttpClient({
    ...options,
    // Built even without a key, so the browser guard and origin checks run when the client is created.
    credentials: options.credentials ?? createCredentialProvider(options),
  });
  const client = Object.create(http) as Record<string, unknown>;
  // Namespaces are built on first access, so an unused one costs nothing at construction.
  for (const [name, factory] of Object.entries(resources))
    Object.defineProperty(client, name, {
      get() {
        const value = factory(http);
        Object.defineProperty(client, name, { value });
        return value;
      },
      configurable: true,
    });
  return client as unknown as ApiClient;
}
