// @api.video/nodejs-client's VideosApi and TagsApi against the emulator.
import { describe, expect, it } from 'vitest';
import { errorFields, JPEG, rejection, useConformance } from './support/conformance.js';

const api = useConformance();

describe('videos', () => {
  it('create, get, update, delete', async () => {
    const created = await api.client.videos.create({
      title: 'Maths video',
      description: 'String theory',
      tags: ['maths', 'theory'],
      metadata: [{ key: 'Author', value: 'John Doe' }],
      _public: false,
      language: 'en',
    });
    expect(created.videoId).toMatch(/^vi\w{22}$/);
    expect(created).toMatchObject({ title: 'Maths video', _public: false, language: 'en', languageOrigin: 'api' });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.assets?.hls).toMatch(/\/token\/[^/]+\/hls\/manifest\.m3u8$/);

    const got = await api.client.videos.get(created.videoId);
    expect(got).toMatchObject({ videoId: created.videoId, tags: ['maths', 'theory'] });
    expect(got.metadata).toEqual([{ key: 'Author', value: 'John Doe' }]);

    const updated = await api.client.videos.update(created.videoId, {
      title: 'Physics video',
      _public: true,
      mp4Support: true,
      tags: ['physics'],
    });
    expect(updated).toMatchObject({ title: 'Physics video', _public: true, mp4Support: true, tags: ['physics'] });
    expect(updated.assets?.mp4).toMatch(/\/mp4\/source\.mp4$/);

    const status = await api.client.videos.getStatus(created.videoId);
    expect(status.encoding?.playable).toBe(false);

    await api.client.videos.delete(created.videoId);
    expect(errorFields(await rejection(api.client.videos.get(created.videoId))).code).toBe(404);
    const discarded = await api.client.videos.getDiscarded(created.videoId);
    expect(discarded.discarded).toBe(true);
    const listedDiscarded = await api.client.videos.listDiscarded({ pageSize: 10 });
    expect(listedDiscarded.data.map((v) => v.videoId)).toContain(created.videoId);
    const restored = await api.client.videos.updateDiscarded(created.videoId, { discarded: false });
    expect(restored.discarded).toBe(false);
    expect((await api.client.videos.get(created.videoId)).title).toBe('Physics video');
  });

  it('a bare video has every property, language and player null', async () => {
    const video = await api.client.videos.create({ title: 'Bare' });
    expect(video.language ?? null).toBeNull();
    expect(video.playerId ?? null).toBeNull();
    const raw = JSON.parse(api.exchanges.at(-1)!.body) as Record<string, unknown>;
    expect(raw).toMatchObject({ language: null, languageOrigin: null, playerId: null });
    const player = await api.client.playerThemes.create({ name: 'Brand' });
    const themed = await api.client.videos.update(video.videoId, { playerId: player.playerId });
    expect(themed.playerId).toBe(player.playerId);
    const unthemed = await api.client.videos.update(video.videoId, { playerId: null });
    expect(unthemed.playerId ?? null).toBeNull();
  });

  it('list with filters, sort and pages', async () => {
    for (const [title, tags, author] of [
      ['List A', ['list', 'alpha'], 'Ann'],
      ['List B', ['list'], 'Bob'],
      ['List C', ['list', 'alpha'], 'Ann'],
      ['List D', ['list'], 'Ann'],
      ['List E', ['list'], 'Bob'],
    ] as const) {
      await api.client.videos.create({ title, tags: [...tags], metadata: [{ key: 'author', value: author }] });
    }
    const byTag = await api.client.videos.list({ tags: ['list', 'alpha'], sortBy: 'title', sortOrder: 'asc' });
    expect(byTag.data.map((v) => v.title)).toEqual(['List A', 'List C']);
    const byMetadata = await api.client.videos.list({
      metadata: { author: 'Bob' },
      sortBy: 'title',
      sortOrder: 'desc',
    });
    expect(byMetadata.data.map((v) => v.title)).toEqual(['List E', 'List B']);
    const byTitle = await api.client.videos.list({ title: 'List D' });
    expect(byTitle.data.map((v) => v.title)).toEqual(['List D']);

    const pages = [];
    for (let currentPage = 1; currentPage <= 3; currentPage++) {
      pages.push(await api.client.videos.list({ tags: ['list'], sortBy: 'title', pageSize: 2, currentPage }));
    }
    expect(pages.map((p) => p.data.map((v) => v.title))).toEqual([
      ['List A', 'List B'],
      ['List C', 'List D'],
      ['List E'],
    ]);
    expect(pages[1]!.pagination).toMatchObject({
      itemsTotal: 5,
      pagesTotal: 3,
      pageSize: 2,
      currentPage: 2,
      currentPageItems: 2,
    });
    expect(pages[1]!.pagination.links.map((l) => l.rel)).toEqual(['self', 'first', 'previous', 'next', 'last']);
    // Timestamps have one-second precision, as api.video's: the five may share one.
    const newestFirst = await api.client.videos.list({ tags: ['list'], sortBy: 'createdAt', sortOrder: 'desc' });
    const times = newestFirst.data.map((v) => v.createdAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times).toHaveLength(5);
  });

  it('the rate-limit headers a caller reads from the WithResponseHeaders calls', async () => {
    const first = await api.client.videos.listWithResponseHeaders({ pageSize: 1 });
    const second = await api.client.videos.listWithResponseHeaders({ pageSize: 1 });
    for (const { headers } of [first, second]) {
      expect(headers['content-type']).toBe('application/json');
      expect(headers['x-ratelimit-limit']).toMatch(/^\d+$/);
      expect(headers['x-ratelimit-retry-after']).toMatch(/^\d+$/);
    }
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(Number(first.headers['x-ratelimit-remaining']) - 1);
  });

  it('thumbnail upload and pick', async () => {
    const video = await api.client.videos.create({ title: 'Thumbs' });
    const source = await api.file('source.mp4', new Uint8Array(2048).fill(7));
    await api.client.videos.upload(video.videoId, source);
    const uploaded = await api.client.videos.uploadThumbnail(video.videoId, await api.file('poster.jpg', JPEG));
    expect(uploaded.assets?.thumbnail).toMatch(/\/thumbnail\.jpg$/);
    const picked = await api.client.videos.pickThumbnail(video.videoId, { timecode: '00:00:01.000' });
    expect(picked.videoId).toBe(video.videoId);
  });

  it('tags', async () => {
    await api.client.videos.create({ title: 'Tagged 1', tags: ['zeta', 'eta'] });
    await api.client.videos.create({ title: 'Tagged 2', tags: ['zeta'] });
    const tags = await api.client.tags.list({ sortBy: 'videoCount', sortOrder: 'desc' });
    expect(tags.data?.[0]).toMatchObject({ value: 'list', videoCount: 5 });
    const zeta = await api.client.tags.list({ value: 'zeta' });
    expect(zeta.data).toEqual([expect.objectContaining({ value: 'zeta', videoCount: 2 })]);
  });
});
