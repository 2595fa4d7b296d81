import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
  for (const [title, tags, team] of [
    ['Alpha intro', ['a', 'shared'], 'red'],
    ['Beta talk', ['b', 'shared'], 'blue'],
    ['Gamma intro', ['c'], 'red'],
  ] as const) {
    const response = await emulator.call('/videos', {
      method: 'POST',
      json: { title, tags, metadata: [{ key: 'team', value: team }], description: `About ${title}` },
    });
    expect(response.status).toBe(201);
  }
});
afterAll(async () => {
  await emulator.dispose();
});

const titles = async (query: string): Promise<string[]> => {
  const body = await (await emulator.call(`/videos${query}`)).json();
  return body.data.map((video: { title: string }) => video.title);
};

describe('GET /videos', () => {
  it('filters by title, tags, metadata and description', async () => {
    expect(await titles('?title=intro')).toEqual(['Alpha intro', 'Gamma intro']);
    expect(await titles('?tags[]=shared&tags[]=b')).toEqual(['Beta talk']);
    expect(await titles('?metadata[team]=red')).toEqual(['Alpha intro', 'Gamma intro']);
    expect(await titles('?description=beta')).toEqual(['Beta talk']);
    expect(await titles('?liveStreamId=li0000000000000000000000')).toEqual([]);
  });

  it('sorts', async () => {
    expect(await titles('?sortBy=title&sortOrder=desc')).toEqual(['Gamma intro', 'Beta talk', 'Alpha intro']);
    expect(await titles('?sortBy=createdAt&sortOrder=asc')).toHaveLength(3);
  });

  it('paginates with links', async () => {
    const body = await (await emulator.call('/videos?pageSize=1&currentPage=2&sortBy=title')).json();
    expect(body.data.map((v: { title: string }) => v.title)).toEqual(['Beta talk']);
    expect(body.pagination).toMatchObject({
      itemsTotal: 3,
      pagesTotal: 3,
      pageSize: 1,
      currentPage: 2,
      currentPageItems: 1,
    });
    const links = Object.fromEntries(
      body.pagination.links.map((link: { rel: string; uri: string }) => [link.rel, new URL(link.uri)]),
    );
    expect(Object.keys(links).sort()).toEqual(['first', 'last', 'next', 'previous', 'self']);
    expect(links.next.searchParams.get('currentPage')).toBe('3');
    expect(links.next.searchParams.get('sortBy')).toBe('title');
    expect(links.previous.searchParams.get('currentPage')).toBe('1');
    expect(links.last.searchParams.get('currentPage')).toBe('3');
    const last = await (await fetch(links.last, { headers: emulator.auth })).json();
    expect(last.pagination.links.map((l: { rel: string }) => l.rel)).not.toContain('next');
  });

  it('updates and deletes', async () => {
    const [first] = (await (await emulator.call('/videos?title=Gamma')).json()).data;
    const patched = await (
      await emulator.call(`/videos/${first.videoId}`, { method: 'PATCH', json: { tags: ['z'], public: false } })
    ).json();
    expect(patched).toMatchObject({ tags: ['z'], public: false });
    // A private video's asset URLs carry a token.
    expect(patched.assets.hls).toMatch(new RegExp(`/vod/${first.videoId}/token/[^/]+/hls/manifest\\.m3u8$`));
    expect((await emulator.call(`/videos/${first.videoId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await emulator.call(`/videos/${first.videoId}`)).status).toBe(404);
    expect(await titles('?title=Gamma')).toEqual([]);
  });
});

describe('POST /videos with a source', () => {
  let server: Server;
  let file: string;
  beforeAll(async () => {
    file = await ensureFile({ size: 3 * 1024 * 1024 + 5, seed: 'emulator-import' });
    server = createServer((request, response) => {
      if (request.url === '/clip.mp4') createReadStream(file).pipe(response);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function waitUploaded(videoId: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const status = await (await emulator.call(`/videos/${videoId}/status`)).json();
      if (status.ingest.status === 'uploaded') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${videoId} never got its source`);
  }

  it('fetches a URL, then clones the video', async () => {
    const { port } = server.address() as AddressInfo;
    const response = await emulator.call('/videos', {
      method: 'POST',
      json: { title: 'Imported', source: `http://127.0.0.1:${port}/clip.mp4` },
    });
    expect(response.status).toBe(202);
    const video = await response.json();
    await waitUploaded(video.videoId);
    const expected = await sha256File(file);
    expect(await sha256File(join(emulator.dataDir, 'videos', video.videoId, 'source'))).toBe(expected);

    const clone = await emulator.call('/videos', { method: 'POST', json: { title: 'Copy', source: video.videoId } });
    expect(clone.status).toBe(202);
    const copy = await clone.json();
    await waitUploaded(copy.videoId);
    expect(await sha256File(join(emulator.dataDir, 'videos', copy.videoId, 'source'))).toBe(expected);
  });

  it('refuses a source that is neither a URL nor an uploaded video', async () => {
    const empty = await (await emulator.call('/videos', { method: 'POST', json: { title: 'Empty' } })).json();
    for (const source of ['not a url', empty.videoId, 'vi0000000000000000000000']) {
      const response = await emulator.call('/videos', { method: 'POST', json: { title: 'x', source } });
      expect(response.status, source).toBe(400);
    }
  });
});
