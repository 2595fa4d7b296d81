import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api-client.js';
import { reply, startServer } from './test-support/server.js';
import type { Recorded, TestServer } from './test-support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const videos = Array.from({ length: 7 }, (_, i) => ({ videoId: `vi${i + 1}`, title: `Video ${i + 1}` }));

/** Pages like api.video: links are root-relative and carry the filters. */
function page(req: Recorded) {
  const pageSize = Number(req.query.get('pageSize') ?? 25);
  const currentPage = Number(req.query.get('currentPage') ?? 1);
  const pagesTotal = Math.ceil(videos.length / pageSize);
  const link = (rel: string, n: number) => ({
    rel,
    uri: `/videos?title=${req.query.get('title')}&currentPage=${n}&pageSize=${pageSize}`,
  });
  const links = [link('self', currentPage), link('first', 1), link('last', pagesTotal)];
  if (currentPage < pagesTotal) links.push(link('next', currentPage + 1));
  const data = videos.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  return {
    data,
    pagination: { itemsTotal: videos.length, pagesTotal, pageSize, currentPage, currentPageItems: data.length, links },
  };
}

describe('pagination', () => {
  it('awaits to the first page only', async () => {
    server = await startServer((req, res) => reply(res, 200, page(req)));
    const client = createApiClient({ apiBaseUrl: server.url });
    const first = await client.videos.list({ pageSize: 3, title: 'Video' });
    expect(first.data.map((v) => v.videoId)).toEqual(['vi1', 'vi2', 'vi3']);
    expect(first.pagination.pagesTotal).toBe(3);
    expect(JSON.parse(JSON.stringify(first))).toEqual(page(server.requests[0]!));
    expect(server.requests).toHaveLength(1);
  });

  it('iterates every item of every page, following rel=next', async () => {
    server = await startServer((req, res) => reply(res, 200, page(req)));
    const client = createApiClient({ apiBaseUrl: server.url });
    const ids: string[] = [];
    for await (const video of client.videos.list({ pageSize: 3, title: 'Video' })) ids.push(video.videoId);
    expect(ids).toEqual(videos.map((v) => v.videoId));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/videos?pageSize=3&title=Video',
      '/videos?title=Video&currentPage=2&pageSize=3',
      '/videos?title=Video&currentPage=3&pageSize=3',
    ]);
  });

  it('iterates from an awaited page onwards', async () => {
    server = await startServer((req, res) => reply(res, 200, page(req)));
    const client = createApiClient({ apiBaseUrl: server.url });
    const first = await client.videos.list({ pageSize: 5, title: 'x' });
    const ids: string[] = [];
    for await (const video of first) ids.push(video.videoId);
    expect(ids).toHaveLength(7);
    expect(server.requests).toHaveLength(2);
  });

  it('stops fetching when the loop breaks', async () => {
    server = await startServer((req, res) => reply(res, 200, page(req)));
    const client = createApiClient({ apiBaseUrl: server.url });
    for await (const video of client.videos.list({ pageSize: 2 })) if (video.videoId === 'vi3') break;
    expect(server.requests).toHaveLength(2);
  });

  it('serializes array and object filters the way api.video reads them', async () => {
    server = await startServer((req, res) => reply(res, 200, { data: [], pagination: { links: [] } }));
    const client = createApiClient({ apiBaseUrl: server.url });
    await client.videos.list({ tags: ['a', 'b c'], metadata: { team: 'blue' }, sortBy: 'title', sortOrder: 'asc' });
    expect(decodeURIComponent(server.requests[0]!.url)).toBe(
      '/videos?tags[]=a&tags[]=b+c&metadata[team]=blue&sortBy=title&sortOrder=asc',
    );
  });
});
