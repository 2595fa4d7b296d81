// LiveStreamsApi of @api.video/nodejs-client against the emulator.
import { describe, expect, it } from 'vitest';
import { errorFields, JPEG, rejection, useConformance } from './support/conformance.js';

const api = useConformance();

describe('live streams', () => {
  it('create, get, update, complete, delete', async () => {
    const created = await api.client.liveStreams.create({ name: 'Show', _public: true });
    expect(created.liveStreamId).toMatch(/^li\w{22}$/);
    expect(created.streamKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ name: 'Show', _public: true, broadcasting: false, restreams: [] });
    expect(created.assets?.hls).toMatch(new RegExp(`/live/${created.liveStreamId}\\.m3u8$`));

    const updated = await api.client.liveStreams.update(created.liveStreamId, {
      name: 'Show 2',
      _public: false,
      restreams: [{ name: 'YouTube', serverUrl: 'rtmp://youtube.example/live', streamKey: 'key' }],
    });
    expect(updated).toMatchObject({ name: 'Show 2', _public: false });
    expect(updated.restreams).toEqual([
      expect.objectContaining({ name: 'YouTube', serverUrl: 'rtmp://youtube.example/live', streamKey: 'key' }),
    ]);
    expect(updated.assets?.hls).toMatch(/\/live\/private\/[^/]+\//);
    expect((await api.client.liveStreams.get(created.liveStreamId)).name).toBe('Show 2');

    await api.client.liveStreams.complete(created.liveStreamId);
    await api.client.liveStreams.delete(created.liveStreamId);
    expect(errorFields(await rejection(api.client.liveStreams.get(created.liveStreamId))).code).toBe(404);
  });

  it('list with filters, sort and pages', async () => {
    const names = ['Channel C', 'Channel A', 'Channel B'];
    const streams = [];
    for (const name of names) streams.push(await api.client.liveStreams.create({ name }));
    const sorted = await api.client.liveStreams.list({ sortBy: 'name', sortOrder: 'asc', pageSize: 2 });
    expect(sorted.data.map((s) => s.name)).toEqual(['Channel A', 'Channel B']);
    expect(sorted.pagination).toMatchObject({ itemsTotal: 3, pagesTotal: 2, currentPage: 1 });
    const second = await api.client.liveStreams.list({ sortBy: 'name', sortOrder: 'asc', pageSize: 2, currentPage: 2 });
    expect(second.data.map((s) => s.name)).toEqual(['Channel C']);
    const byKey = await api.client.liveStreams.list({ streamKey: streams[1]!.streamKey });
    expect(byKey.data.map((s) => s.liveStreamId)).toEqual([streams[1]!.liveStreamId]);
    const byName = await api.client.liveStreams.list({ name: 'Channel B' });
    expect(byName.data.map((s) => s.name)).toEqual(['Channel B']);
  });

  it('thumbnail upload and delete', async () => {
    const stream = await api.client.liveStreams.create({ name: 'Poster' });
    const withThumbnail = await api.client.liveStreams.uploadThumbnail(
      stream.liveStreamId,
      await api.file('live.jpg', JPEG),
    );
    expect(withThumbnail.liveStreamId).toBe(stream.liveStreamId);
    const served = await fetch(withThumbnail.assets!.thumbnail!);
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(JPEG);
    const without = await api.client.liveStreams.deleteThumbnail(stream.liveStreamId);
    expect(without.liveStreamId).toBe(stream.liveStreamId);
    expect((await fetch(without.assets!.thumbnail!)).status).toBe(404);
  });
});
