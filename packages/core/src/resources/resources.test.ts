import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.js';
import { createApiClient } from '../client/api-client.js';
import type { ApiClient } from '../client/api-client.js';
import { reply, startServer } from '../client/test-support/server.js';
import type { TestServer } from '../client/test-support/server.js';

type Spec = { paths: Record<string, Record<string, { operationId: string }>> };

let server: TestServer;
let spec: Spec;
beforeAll(async () => {
  spec = JSON.parse(
    await readFile(new URL('../../../../tooling/openapi/api.video.openapi.json', import.meta.url), 'utf8'),
  );
  server = await startServer((req, res) => reply(res, 418, { title: 'recorded', status: 418 }));
});
afterAll(() => server.close());

const file = new Blob(['WEBVTT\n']);

/** One call per operation of the spec. */
const calls: Array<(c: ApiClient) => Promise<unknown>> = [
  (c) => c.auth.authenticate('key'),
  (c) => c.auth.refresh('refresh'),
  (c) => c.videos.list({ title: 'a' }),
  (c) => c.videos.create({ title: 'a' }),
  (c) => c.videos.get('vi1'),
  (c) => c.videos.update('vi1', { title: 'b' }),
  (c) => c.videos.delete('vi1'),
  (c) => c.videos.getStatus('vi1'),
  (c) => c.videos.uploadThumbnail('vi1', file),
  (c) => c.videos.pickThumbnail('vi1', { timecode: '00:00:01.00' }),
  (c) => c.uploads.source('vi1', file, { contentRange: 'part 1/1' }),
  (c) => c.uploads.withToken('to1', file),
  (c) => c.discardedVideos.list(),
  (c) => c.discardedVideos.get('vi1'),
  (c) => c.discardedVideos.update('vi1', { discarded: false }),
  (c) => c.tags.list({ value: 'x' }),
  (c) => c.summaries.list({ videoId: 'vi1' }),
  (c) => c.summaries.create({ videoId: 'vi1' }),
  (c) => c.summaries.delete('su1'),
  (c) => c.summaries.getSource('su1'),
  (c) => c.summaries.updateSource('su1', { abstract: 'a' }),
  (c) => c.watermarks.list(),
  (c) => c.watermarks.upload(file),
  (c) => c.watermarks.delete('wm1'),
  (c) => c.uploadTokens.list(),
  (c) => c.uploadTokens.create({ ttl: 60 }),
  (c) => c.uploadTokens.get('to1'),
  (c) => c.uploadTokens.delete('to1'),
  (c) => c.liveStreams.list({ name: 'x' }),
  (c) => c.liveStreams.create({ name: 'x' }),
  (c) => c.liveStreams.get('li1'),
  (c) => c.liveStreams.update('li1', { name: 'y' }),
  (c) => c.liveStreams.delete('li1'),
  (c) => c.liveStreams.uploadThumbnail('li1', file),
  (c) => c.liveStreams.deleteThumbnail('li1'),
  (c) => c.liveStreams.complete('li1'),
  (c) => c.captions.list('vi1'),
  (c) => c.captions.get('vi1', 'en'),
  (c) => c.captions.upload('vi1', 'en', file),
  (c) => c.captions.update('vi1', 'en', { default: true }),
  (c) => c.captions.delete('vi1', 'en'),
  (c) => c.chapters.list('vi1'),
  (c) => c.chapters.get('vi1', 'en'),
  (c) => c.chapters.upload('vi1', 'en', file),
  (c) => c.chapters.delete('vi1', 'en'),
  (c) => c.players.list(),
  (c) => c.players.create({}),
  (c) => c.players.get('pt1'),
  (c) => c.players.update('pt1', { link: '#fff' }),
  (c) => c.players.delete('pt1'),
  (c) => c.players.uploadLogo('pt1', file, { link: 'https://example.com' }),
  (c) => c.players.deleteLogo('pt1'),
  (c) => c.analytics.getAggregatedMetrics({ metric: 'play', aggregation: 'count' }, { from: '2024-01-01' }),
  (c) => c.analytics.getMetricsBreakdown({ metric: 'play', breakdown: 'country' }, { filterBy: { country: ['FR'] } }),
  (c) => c.analytics.getMetricsOverTime({ metric: 'play' }, { interval: 'day' }),
  (c) => c.webhooks.list({ events: 'video.encoding.quality.completed' }),
  (c) => c.webhooks.create({ url: 'https://example.com/hook', events: ['video.encoding.quality.completed'] }),
  (c) => c.webhooks.get('webhook_1'),
  (c) => c.webhooks.delete('webhook_1'),
];

describe('resources', () => {
  it('call every operation of the spec once, with its method, path and operationId', async () => {
    const client = createApiClient({ apiBaseUrl: server.url, accessToken: 'token', retry: false });
    const seen: string[] = [];
    for (const call of calls) {
      const before = server.requests.length;
      const error = await call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(server.requests.length).toBe(before + 1);
      const request = server.requests[before]!;
      const match = Object.entries(spec.paths).flatMap(([template, ops]) =>
        Object.entries(ops)
          .filter(([method]) => method.toUpperCase() === request.method)
          .filter(() => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(request.path))
          .map(([, op]) => op.operationId),
      );
      expect(match, `${request.method} ${request.path}`).toEqual([(error as ApiError).operation]);
      seen.push(match[0]!);
    }
    const all = Object.values(spec.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(all).toHaveLength(59);
    expect([...seen].sort()).toEqual([...all].sort());
  });

  it('encodes path parameters', async () => {
    const client = createApiClient({ apiBaseUrl: server.url, accessToken: 'token', retry: false });
    const before = server.requests.length;
    await client.videos.get('a/b?c').catch(() => undefined);
    expect(server.requests[before]!.url).toBe('/videos/a%2Fb%3Fc');
  });

  it('builds a namespace once, on first use', () => {
    const client = createApiClient({ apiBaseUrl: server.url });
    expect(client.videos).toBe(client.videos);
    expect(client.apiBaseUrl).toBe(server.url);
  });
});
